using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Pdf;

/// <summary>
/// A test release with every construct the PDF draws (footnotes, a captioned figure, a table, a decorative and a
/// plain image, lists, a quotation, language passages) and long enough to run over several pages, built in memory.
/// </summary>
public static class RichReleasePdf
{
    /// <summary>The release body.</summary>
    public static readonly string Body = """
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

        The priorities are:

        - quantum technologies
        - artificial intelligence, with [a review of the evidence](https://www.gov.uk/ai)
        - research security

        The steps are:

        1. agree the terms
        2. sign the agreement

        Digital Secretary, Oliver Dowden said:

        ^^^
        > Technology has changed the world beyond recognition.
        ^^^ Oliver Dowden, Digital Secretary

        In English, *bonjour*{lang=fr}.

        Croeso i Gymru. {lang=cy}

        """ + string.Concat(Enumerable.Range(1, 40).Select(i =>
            $"Paragraph {i} of the long part says what the partnership will fund and when, so the release runs over several pages.\n\n")) + """
        [^value]: Office for National Statistics, 2021.
        """;

    private static readonly Lazy<Task<byte[]>> Built = new(BuildAsync);

    /// <summary>The PDF, built once and shared.</summary>
    public static Task<byte[]> GetAsync() => Built.Value;

    /// <summary>Builds the release into a fresh in-memory site and returns its PDF.</summary>
    public static async Task<byte[]> BuildAsync()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: Body));
        site.FileSystem.WriteAllBytes("/site/input/releases/2021-06-10-a/chart.png", TestImages.Png(600, 300));
        site.FileSystem.WriteAllBytes("/site/input/releases/2021-06-10-a/divider.png", TestImages.Png(600, 12));
        site.FileSystem.WriteAllBytes("/site/input/releases/2021-06-10-a/photo.jpg", TestImages.Jpeg());
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site.FileSystem.ReadAllBytes("output/releases/a/a.pdf");
    }
}
