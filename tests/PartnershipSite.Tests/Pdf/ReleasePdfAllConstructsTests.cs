using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Pdf;

public sealed class ReleasePdfAllConstructsTests
{
    [Fact]
    public async Task Release_with_images_a_table_and_footnotes_builds_byte_identical_twice_and_checks_clean()
    {
        var first = await RichReleasePdf.BuildAsync();
        var second = await RichReleasePdf.BuildAsync();

        Assert.Equal(first, second);
        var check = PdfTools.Run("qpdf", first, "--check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("No syntax or stream encoding errors found", check.Output);
        Assert.Empty(check.Error);
        Assert.Empty(MarkedContentNesting.Problems(first));
        var roles = PdfTools.Run("pdfinfo", first, "-struct").Output;
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(roles, @"(?m)^\s+Figure\b"));
        Assert.Contains("BlockQuote", roles);
        Assert.Contains("LBody", roles);
        Assert.Contains("Table (block)", roles);
        Assert.Contains("Reference (inline)", roles);
        Assert.Matches(@"(?m)^Tagged:\s+yes$", PdfTools.Run("pdfinfo", first).Output);
    }
}
