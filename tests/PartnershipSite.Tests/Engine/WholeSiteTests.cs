using PartnershipSite.Diagnostics;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Engine;

public sealed class WholeSiteTests
{
    [Fact]
    public async Task Release_is_published_at_a_clean_url_with_its_body()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-first", "First release", body: "Hello *world*."));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = site.Read("releases/first/index.html");
        Assert.Contains("<h1>First release</h1>", html);
        Assert.Contains("<p>Hello <em>world</em>.</p>", html);
        Assert.Contains("<time datetime=\"2021-06-10T00:00:00&#x2B;00:00\">10 June 2021</time>", html);
    }

    [Fact]
    public async Task Home_page_lists_releases_newest_first_with_links()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("old", "Older release", "2020-01-02")
            + TestSite.Release("new", "Newer release", "2021-03-04")
            + TestSite.Release("mid", "Middle release", "2020-07-08"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var home = site.Read("index.html");
        var positions = new[] { "Newer release", "Middle release", "Older release" }.Select(t => home.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("href=\"/releases/new/\"", home);
        Assert.Contains("4 March 2021", home);
    }

    [Fact]
    public async Task Site_has_a_404_page_and_the_theme_assets()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a"));

        await site.BuildAsync();

        Assert.Contains("Page not found", site.Read("404.html"));
        var css = File.ReadAllBytes(RealFiles.PathOf("theme/assets/css/site.css"));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(css), site.Read(PartnershipSite.Steps.FingerprintAssets.Fingerprinted("assets/css/site.css", css)));
    }

    [Fact]
    public async Task Base_url_with_a_path_prefixes_every_internal_link()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a"));

        var result = await site.BuildAsync(baseUrl: "https://example.org/news");

        Assert.True(result.Succeeded);
        var home = site.Read("index.html");
        Assert.Contains("href=\"/news/releases/a/\"", home);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/news/assets/css/site\\.[0-9a-f]{10}\\.css\">", home);
        Assert.Contains("https://example.org/news/releases/a/", site.Read("releases/a/index.html"));
    }

    [Fact]
    public async Task Drafts_are_not_published()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a") + TestSite.Release("secret", "Secret plans", extra: "draft: true"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.False(site.Has("releases/secret/index.html"));
        Assert.DoesNotContain("Secret plans", site.Read("index.html"));
    }

    [Fact]
    public async Task Release_with_updates_shows_last_updated_and_history()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", extra: """
            updated:
              - date: 2021-06-12
                note: Corrected the investment figure.
            """));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = site.Read("releases/a/index.html");
        Assert.Contains("Last updated", html);
        Assert.Contains("12 June 2021</time>: Corrected the investment figure.", html);
    }

    [Fact]
    public async Task Unknown_front_matter_field_is_a_located_warning_and_the_site_still_builds()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", extra: "titel: Oops"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("PS0110", DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Equal(new SourceLocation("input/releases/a.md", 9, 1), warning.Location);
    }

    [Fact]
    public async Task Empty_site_builds_a_home_page_saying_so()
    {
        var site = TestSite.Parse(TestSite.SiteYml);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Contains("No releases have been published yet.", site.Read("index.html"));
    }
}
