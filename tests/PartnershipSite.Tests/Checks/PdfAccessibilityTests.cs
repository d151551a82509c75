using PartnershipSite.Checks;
using PartnershipSite.IO;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks;

public sealed class PdfAccessibilityTests
{
    private static async Task<CheckResult> CheckAsync(byte[] pdf)
    {
        var fs = new InMemoryFileSystem("/work");
        fs.WriteAllText("/work/site/index.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Home</title></head><body><main><h1>Home</h1></main></body></html>");
        fs.WriteAllBytes("/work/site/releases/a/a.pdf", pdf);
        return await new FolderChecker(fs, TestSite.Clock()).CheckAsync(
            new FolderCheckOptions("site", BaseUrl: new Uri("https://example.gov.uk/"), DisplayRoot: "/work"), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Accessible_pdf_keeps_every_pdf_rule()
    {
        var result = await CheckAsync(TestPdf.Accessible());

        Assert.Empty(result.Diagnostics);
        Assert.All(result.Summaries.Where(s => s.Check.StartsWith("Pdf", StringComparison.Ordinal)), s => Assert.True(s.Passed > 0, s.Check));
    }

    public static TheoryData<string, byte[]> Broken => new()
    {
        { "PS0430", TestPdf.Accessible(tagged: false) },
        { "PS0431", TestPdf.Accessible(lang: null) },
        { "PS0431", TestPdf.Accessible(lang: "english") },
        { "PS0432", TestPdf.Accessible(title: null) },
        { "PS0432", TestPdf.Accessible(displayTitle: false) },
        { "PS0433", TestPdf.Accessible(embedFont: false) },
        { "PS0434", TestPdf.Accessible(figureAlt: false) },
        { "PS0435", TestPdf.Accessible(tagLinks: false) },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Pdf_breaking_a_rule_is_reported_at_the_pdf(string code, byte[] pdf)
    {
        var result = await CheckAsync(pdf);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, "site/releases/a/a.pdf"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Pdf_that_cannot_be_read_is_an_error_not_a_pass()
    {
        var result = await CheckAsync("%PDF-1.7\nnot really a PDF"u8.ToArray());

        Assert.Equal(("PS0436", "site/releases/a/a.pdf"), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Location.Path));
    }
}
