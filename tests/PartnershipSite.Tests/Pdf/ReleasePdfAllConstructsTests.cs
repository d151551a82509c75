using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Pdf;

public sealed class ReleasePdfAllConstructsTests
{
    private const string Body = """
        The partnership is worth £32.6 billion.[^value]

        ^^^
        ![Bar chart: funding rises each year from 2016 to 2021](chart.png)
        ^^^ Figure 1: funding by year

        | Programme | Lead organisation | Funding (£m) |
        |---|---|--:|
        | Quantum computing | National Science Foundation | 32.6 |
        | Health research | Office for Life Sciences | 12 |

        ![](divider.png){role=presentation}

        ![A photograph of the signing](photo.jpg)

        [^value]: Office for National Statistics, 2021.
        """;

    private static async Task<byte[]> BuildAsync()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: Body));
        site.FileSystem.WriteAllBytes("/site/input/releases/2021-06-10-a/chart.png", TestImages.Png(600, 300));
        site.FileSystem.WriteAllBytes("/site/input/releases/2021-06-10-a/divider.png", TestImages.Png(600, 12));
        site.FileSystem.WriteAllBytes("/site/input/releases/2021-06-10-a/photo.jpg", TestImages.Jpeg());
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site.FileSystem.ReadAllBytes("output/releases/a/a.pdf");
    }

    [Fact]
    public async Task Release_with_images_a_table_and_footnotes_builds_byte_identical_twice_and_checks_clean()
    {
        var first = await BuildAsync();
        var second = await BuildAsync();

        Assert.Equal(first, second);
        var check = PdfTools.Run("qpdf", first, "--check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("No syntax or stream encoding errors found", check.Output);
        Assert.Empty(check.Error);
        Assert.Empty(MarkedContentNesting.Problems(first));
        var roles = PdfTools.Run("pdfinfo", first, "-struct").Output;
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(roles, @"(?m)^\s+Figure\b"));
        Assert.Contains("Table (block)", roles);
        Assert.Contains("Reference (inline)", roles);
        Assert.Matches(@"(?m)^Tagged:\s+yes$", PdfTools.Run("pdfinfo", first).Output);
    }
}
