using System.Text;
using PartnershipSite.Build;
using PartnershipSite.Caching;
using PartnershipSite.Engine;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Engine;

/// <summary>Incremental rebuilds: what is reused, and that reuse never changes a byte of output or a diagnostic.</summary>
public sealed class BuildCacheTests
{
    private static string Body(string text) => text.Split("--\n", 2)[1];

    private static Task<BuildResult> BuildAsync(TestSite site, BuildCache? cache) =>
        new SiteBuilder(site.FileSystem, TestSite.Clock(), Pipeline.WithoutPublishing, cache)
            .BuildAsync(new BuildOptions("input", "output", null, "/site"), TestContext.Current.CancellationToken);

    private static TestSite ThreeReleases() => TestSite.Parse(TestSite.SiteYml
        + TestSite.Release("2021-06-10-a", "First")
        + TestSite.Release("2021-06-11-b", "Second")
        + TestSite.Release("2021-06-12-c", "Third"));

    [Fact]
    public async Task Editing_one_release_recomputes_only_that_release()
    {
        var site = ThreeReleases();
        var cache = new BuildCache();
        await BuildAsync(site, cache);

        site.FileSystem.WriteAllText("input/releases/2021-06-11-b.md", Body(TestSite.Release("x", "Second, edited")));
        var result = await BuildAsync(site, cache);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Equal(1, cache.ComputedInLastBuild["LoadContent"]);
        Assert.Equal(1, cache.ComputedInLastBuild["ParseMarkdown"]);
        Assert.Equal(1, cache.ComputedInLastBuild["ParseFrontMatter"]);
        Assert.Equal(1, cache.ComputedInLastBuild["RenderMarkdown"]);
        Assert.Equal(1, cache.ComputedInLastBuild["ApplyLayouts"]);
        Assert.Equal(0, cache.ComputedInLastBuild["LoadTheme"]);
        // A new title changes nothing the sitemap lists.
        Assert.Equal(0, cache.ComputedInLastBuild.GetValueOrDefault("BuildSitemap"));
    }

    [Fact]
    public async Task A_site_yml_with_severities_and_languages_still_lets_an_edit_recompute_only_its_release()
    {
        // Collections in site.yml (a FrozenDictionary of severities, the languages) once made every rebuild's
        // configuration unequal to the last, so every release was parsed and composed again on each edit.
        var site = TestSite.Parse(TestSite.SiteYml + "languages: [en-GB, cy]\nchecks:\n  severity:\n    PS0420: warning\n"
            + TestSite.Release("2021-06-10-a", "First")
            + TestSite.Release("2021-06-11-b", "Second")
            + TestSite.Release("2021-06-12-c", "Third"));
        var cache = new BuildCache();
        await BuildAsync(site, cache);

        site.FileSystem.WriteAllText("input/releases/2021-06-11-b.md", Body(TestSite.Release("x", "Second, edited")));
        var result = await BuildAsync(site, cache);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Equal(1, cache.ComputedInLastBuild["ParseFrontMatter"]);
        Assert.Equal(1, cache.ComputedInLastBuild["ComposeDocuments"]);
        Assert.Equal(0, cache.ComputedInLastBuild["LoadSiteConfig"]);

        // An edit to site.yml is a new configuration, and every release is read against it.
        site.FileSystem.WriteAllText("input/site.yml", Body(TestSite.SiteYml).Replace("Test site", "Test site, renamed", StringComparison.Ordinal)
            + "languages: [en-GB, cy]\nchecks:\n  severity:\n    PS0420: warning\n");
        result = await BuildAsync(site, cache);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Equal(1, cache.ComputedInLastBuild["LoadSiteConfig"]);
        Assert.Equal(3, cache.ComputedInLastBuild["ParseFrontMatter"]);
        Assert.Contains("Test site, renamed", Encoding.UTF8.GetString(result.Outputs.Single(o => o.Path == "index.html").Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_release_to_another_topic_re_renders_only_the_listings_and_feeds_it_leaves_and_joins()
    {
        // Newest first: c, b, a; two to a page, so the home page and the organisation's have a page 2 holding a alone.
        var site = TestSite.Parse(TestSite.SiteYml.TrimEnd('\n') + "\npage_size: 2\n\n"
            + TestSite.Release("2021-06-10-a", "First", extra: "topics: [X]")
            + TestSite.Release("2021-06-11-b", "Second", "2021-06-11", extra: "topics: [Y]")
            + TestSite.Release("2021-06-12-c", "Third", "2021-06-12", extra: "topics: [Y]"));
        var cache = new BuildCache();
        await BuildAsync(site, cache);

        site.FileSystem.WriteAllText("input/releases/2021-06-11-b.md", Body(TestSite.Release("x", "Second", "2021-06-11", extra: "topics: [X]")));
        var result = await BuildAsync(site, cache);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        // The pages holding b: home page 1, the organisation's page 1, X (which it joins) and Y (which it leaves);
        // home page 2 and the organisation's page 2 (a alone) are reused.
        Assert.Equal(4, cache.ComputedInLastBuild["RenderListings"]);
        Assert.Equal(3, cache.ComputedInLastBuild["BuildTermFeeds"]);
        Assert.Contains("Second", Encoding.UTF8.GetString(result.Outputs.Single(o => o.Path == "topics/x/index.html").Content.Span));
        Assert.DoesNotContain("Second", Encoding.UTF8.GetString(result.Outputs.Single(o => o.Path == "topics/y/index.html").Content.Span));
        var fresh = await BuildAsync(site, cache: null);
        Assert.Equal(fresh.Outputs.Select(o => (o.Path, Encoding.UTF8.GetString(o.Content.Span))), result.Outputs.Select(o => (o.Path, Encoding.UTF8.GetString(o.Content.Span))));
    }

    [Fact]
    public async Task Changing_the_home_layout_re_renders_no_release_page()
    {
        var site = ThreeReleases();
        var cache = new BuildCache();
        await BuildAsync(site, cache);

        site.FileSystem.WriteAllText("theme/layouts/listing.liquid", "<h1>{{ site.title }}</h1>");
        var result = await BuildAsync(site, cache);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Equal(1, cache.ComputedInLastBuild["LoadTheme"]);
        Assert.Equal(0, cache.ComputedInLastBuild["ApplyLayouts"]);
        Assert.Contains("<h1>Test site</h1>", Encoding.UTF8.GetString(result.Outputs.Single(o => o.Path == "index.html").Content.Span));
    }

    [Fact]
    public async Task Changing_the_release_layout_re_renders_every_release_page_but_parses_no_release_again()
    {
        var site = ThreeReleases();
        var cache = new BuildCache();
        await BuildAsync(site, cache);

        var layout = "theme/layouts/release.liquid";
        site.FileSystem.WriteAllText(layout, Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes(layout)).Replace("<article", "<article data-x", StringComparison.Ordinal));
        var result = await BuildAsync(site, cache);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Equal(1, cache.ComputedInLastBuild["LoadTheme"]);
        Assert.Equal(3, cache.ComputedInLastBuild["ApplyLayouts"]);
        Assert.Equal(0, cache.ComputedInLastBuild["LoadContent"]);
        Assert.Equal(0, cache.ComputedInLastBuild["ParseMarkdown"]);
        Assert.Contains("<article data-x", Encoding.UTF8.GetString(result.Outputs.Single(o => o.Path == "releases/a/index.html").Content.Span));
    }

    [Fact]
    public async Task Every_rebuild_with_the_cache_equals_a_fresh_build_byte_for_byte()
    {
        var site = ThreeReleases();
        var cache = new BuildCache();
        Action<TestSite>[] edits =
        [
            s => s.FileSystem.WriteAllText("input/releases/2021-06-10-a.md", Body(TestSite.Release("x", "First, edited", body: "New *body*."))),
            s => s.FileSystem.WriteAllText("input/releases/2021-06-10-a.md", Body(TestSite.Release("x", "First, edite5", body: "New *body*."))),
            s => s.FileSystem.WriteAllText("input/releases/2021-06-11-b.md", Body(TestSite.Release("x", date: "11/06/2021"))),
            s => s.FileSystem.WriteAllText("input/site.yml", Body(TestSite.SiteYml).Replace("Test site", "Renamed site", StringComparison.Ordinal)),
            s => s.FileSystem.WriteAllText("input/releases/2021-06-12-c.md", Body(TestSite.Release("x", extra: "titel: typo"))),
            s => s.FileSystem.WriteAllText("theme/layouts/listing.liquid", "<h1>{{ site.title }}</h1>{% for r in listing.releases %}<p>{{ r.title }}</p>{% endfor %}"),
            s => s.FileSystem.WriteAllText("input/releases/2021-06-11-b.md", Body(TestSite.Release("x", "Second, fixed"))),
            s => s.FileSystem.WriteAllText("theme/layouts/release.liquid", "{{ release.nope }}"),
            s => s.FileSystem.WriteAllText("theme/layouts/release.liquid", "<h1>{{ release.title }}</h1>"),
            s => s.FileSystem.WriteAllText("input/releases/2021-06-13-d.md", Body(TestSite.Release("x", "Fourth"))),
            s => s.FileSystem.WriteAllBytes("input/releases/2021-06-13-d/chart.png", TestImages.Png(40, 20)),
            s => s.FileSystem.WriteAllBytes("input/releases/2021-06-13-d/chart.png", TestImages.Png(60, 20)),
            s => s.FileSystem.WriteAllBytes("input/releases/2021-06-12-c/data/table.csv", Encoding.UTF8.GetBytes("a,b\n1,2\n")),
            s => s.FileSystem.DeleteFile("input/releases/2021-06-13-d/chart.png"),
        ];
        await BuildAsync(site, cache);

        foreach (var edit in edits)
        {
            edit(site);
            var cached = await BuildAsync(site, cache);
            var fresh = await BuildAsync(site, cache: null);

            Assert.Equal(fresh.Diagnostics, cached.Diagnostics);
            Assert.Equal(fresh.Outputs.Select(o => o.Path), cached.Outputs.Select(o => o.Path));
            Assert.All(fresh.Outputs.Zip(cached.Outputs), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
        }
    }
}
