using PartnershipSite.Build;
using PartnershipSite.Caching;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Steps;

/// <summary>Every output records, from the step that made it, what it is, its release, its layout and its last update.</summary>
public sealed class OutputProvenanceTests
{
    [Fact]
    public async Task Every_output_records_its_kind_release_layout_and_last_update()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-a", extra: "topics: [Science]\nupdated:\n  - date: 2021-08-01\n    note: Added a link.")
            + TestSite.Release("2021-07-01-b", title: "Another release"));
        site.FileSystem.WriteAllBytes("/site/input/releases/2021-06-10-a/chart.png", TestImages.Png(60, 30));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var byPath = result.Outputs.ToDictionary(o => o.Path, o => o.Provenance, StringComparer.Ordinal);
        var updated = new DateTimeOffset(2021, 8, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(new Provenance(OutputKind.ReleasePage) { Release = "releases/a/", Layout = "release", LastUpdated = updated }, byPath["releases/a/index.html"]);
        Assert.Equal(new Provenance(OutputKind.Pdf) { Release = "releases/a/", LastUpdated = updated }, byPath["releases/a/a.pdf"]);
        Assert.Equal(new Provenance(OutputKind.ReleaseFile) { Release = "releases/a/" }, byPath["releases/a/chart.png"]);
        // The home page and the topic's page are listings dated by their newest release (a's update is newer than b).
        Assert.Equal(new Provenance(OutputKind.Listing) { Layout = "listing", LastUpdated = updated }, byPath["index.html"]);
        Assert.Equal(new Provenance(OutputKind.Listing) { Layout = "listing", LastUpdated = updated }, byPath["topics/science/index.html"]);
        Assert.Equal(new Provenance(OutputKind.TermIndex) { Layout = "terms", LastUpdated = updated }, byPath["topics/index.html"]);
        Assert.Equal(new Provenance(OutputKind.Page) { Layout = "subscribe", LastUpdated = updated }, byPath["subscribe/index.html"]);
        Assert.Equal(new Provenance(OutputKind.NotFoundPage) { Layout = "404" }, byPath["404.html"]);
        Assert.Equal(new Provenance(OutputKind.Feed) { LastUpdated = updated }, byPath["feed.xml"]);
        Assert.Equal(OutputKind.Feed, byPath["topics/science/feed.json"].Kind);
        Assert.Equal(new Provenance(OutputKind.Sitemap), byPath["sitemap.xml"]);
        Assert.Equal(new Provenance(OutputKind.Robots), byPath["robots.txt"]);
        Assert.All(result.Outputs.Where(o => o.Path.StartsWith("assets/", StringComparison.Ordinal)), o => Assert.Equal(new Provenance(OutputKind.Asset), o.Provenance));
        // The pages the build reports are the outputs whose provenance says they are pages.
        Assert.Equal(result.Outputs.Count(o => o.Provenance.IsPage), result.PageCount);
        Assert.Equal(["404.html", "index.html", "organisations/department-for-testing/index.html", "organisations/index.html", "releases/a/index.html",
            "releases/b/index.html", "subscribe/index.html", "topics/index.html", "topics/science/index.html"],
            result.Outputs.Where(o => o.Provenance.IsPage).Select(o => o.Path).Order(StringComparer.Ordinal));
    }

    private static Task<BuildResult> BuildAsync(TestSite site, BuildCache cache) =>
        new SiteBuilder(site.FileSystem, TestSite.Clock(), Pipeline.WithoutPublishing, cache)
            .BuildAsync(new BuildOptions("input", "output", null, "/site"), TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_cached_page_and_pdf_keep_their_provenance()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a"));
        var cache = new BuildCache();
        var first = await BuildAsync(site, cache);
        var second = await BuildAsync(site, cache);

        Assert.True(second.Reused.GetValueOrDefault("RenderPdf") == 1 && second.Reused.GetValueOrDefault("ApplyLayouts") == 1,
            string.Join(", ", second.Reused.Select(r => $"{r.Key}={r.Value}")));
        foreach (var path in new[] { "releases/a/index.html", "releases/a/a.pdf" })
        {
            Assert.Equal(first.Outputs.Single(o => o.Path == path).Provenance, second.Outputs.Single(o => o.Path == path).Provenance);
        }
    }
}
