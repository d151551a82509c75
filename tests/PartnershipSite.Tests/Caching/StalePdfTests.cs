using PartnershipSite.Build;
using PartnershipSite.Caching;
using PartnershipSite.Engine;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Caching;

/// <summary>The preview server's rebuilds (an in-memory cache, no disk cache) after an edit to a file the PDF embeds.</summary>
public sealed class StalePdfTests
{
    private const string Pdf = "releases/a/a.pdf";

    private static TestSite WithChart() => TestSite.Parse(TestSite.SiteYml
        + TestSite.Release("2021-06-10-a", "First", body: "Costs rose.\n\n![Bar chart of costs by year](chart.png)"));

    private static Task<BuildResult> BuildAsync(TestSite site, BuildCache? cache) =>
        new SiteBuilder(site.FileSystem, TestSite.Clock(), Pipeline.WithoutPublishing, cache)
            .BuildAsync(new BuildOptions("input", "output", null, "/site"), TestContext.Current.CancellationToken);

    private static byte[] PdfOf(BuildResult result) => result.Outputs.Single(o => o.Path == Pdf).Content.ToArray();

    [Fact]
    public async Task An_edited_image_is_in_the_served_pdf_when_site_yml_has_no_checks_section()
    {
        var site = WithChart();
        site.FileSystem.WriteAllBytes("input/releases/2021-06-10-a/chart.png", TestImages.Png(60, 40));
        var cache = new BuildCache();
        var first = await BuildAsync(site, cache);
        Assert.False(first.HasErrors, string.Join('\n', first.Diagnostics));

        site.FileSystem.WriteAllBytes("input/releases/2021-06-10-a/chart.png", TestImages.Png(300, 90));
        var served = await BuildAsync(site, cache);
        var fresh = await BuildAsync(site, cache: null);

        Assert.NotEqual(PdfOf(first), PdfOf(fresh));
        Assert.Equal(PdfOf(fresh), PdfOf(served));
    }

    [Fact]
    public async Task An_edited_font_is_in_the_served_pdf()
    {
        var site = WithChart();
        site.FileSystem.WriteAllBytes("input/releases/2021-06-10-a/chart.png", TestImages.Png(60, 40));
        var cache = new BuildCache();
        var first = await BuildAsync(site, cache);

        var fonts = "theme/fonts/AtkinsonHyperlegible_";
        site.FileSystem.WriteAllBytes(fonts + "400Regular.ttf", site.FileSystem.ReadAllBytes(fonts + "400Regular_Italic.ttf"));
        var served = await BuildAsync(site, cache);
        var fresh = await BuildAsync(site, cache: null);

        Assert.NotEqual(PdfOf(first), PdfOf(fresh));
        Assert.Equal(PdfOf(fresh), PdfOf(served));
    }
}
