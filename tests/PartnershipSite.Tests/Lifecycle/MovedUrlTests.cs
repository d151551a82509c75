using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Lifecycle;

/// <summary>Old paths of renamed releases: Netlify's <c>_redirects</c>, its collisions, and links to old paths.</summary>
public sealed class MovedUrlTests
{
    [Fact]
    public async Task Old_paths_become_permanent_redirects_to_the_current_page()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-new-name", "New name", extra: "redirect_from:\n  - /releases/old-name/\n  - /releases/first-name/")
            + TestSite.Release("2021-06-01-b", "Other", "2021-06-01"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var rules = site.Read("_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal(["/releases/first-name/ /releases/new-name/ 301", "/releases/old-name/ /releases/new-name/ 301"], rules);
    }

    [Fact]
    public async Task A_site_without_old_paths_has_no_redirects_file()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a"));

        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(site.Has("_redirects"));
    }

    [Fact]
    public async Task Two_releases_claiming_one_old_path_is_an_error_at_the_later_claim()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-a", "First", extra: "redirect_from:\n  - /releases/old/")
            + TestSite.Release("2021-06-11-b", "Second", "2021-06-11", extra: "redirect_from:\n  - /releases/old/"));

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0142");
        Assert.Equal(("input/releases/2021-06-11-b.md", 10, 5), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Contains("input/releases/2021-06-10-a.md", error.Message, StringComparison.Ordinal);
        Assert.False(result.Published);
    }

    [Theory]
    [InlineData("/releases/b/")]
    [InlineData("/feed.xml")]
    [InlineData("/")]
    public async Task An_old_path_that_is_a_live_page_is_an_error(string path)
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-a", "First", extra: $"redirect_from:\n  - {path}")
            + TestSite.Release("2021-06-11-b", "Second", "2021-06-11"));

        var result = await site.BuildAsync();

        Assert.Equal("input/releases/2021-06-10-a.md", Assert.Single(result.Diagnostics, d => d.Code == "PS0143").Location.Path);
        Assert.False(result.Published);
    }

    [Theory]
    [InlineData("https://example.gov.uk/releases/old/")]
    [InlineData("releases/old/")]
    [InlineData("/releases/../secret/")]
    [InlineData("/releases/old/?x=1")]
    public async Task An_old_path_that_is_not_a_site_path_is_an_error(string path)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", extra: $"redirect_from:\n  - \"{path}\""));

        var result = await site.BuildAsync();

        Assert.Equal((10, 5), Assert.Single(result.Diagnostics, d => d.Code == "PS0141").Location is var l ? (l.Line, l.Column) : default);
    }

    [Fact]
    public async Task A_link_to_an_old_path_is_a_warning_naming_the_new_url()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-new-name", "New name", extra: "redirect_from:\n  - /releases/old-name/")
            + TestSite.Release("2021-06-11-b", "Second", "2021-06-11", body: "See [the partnership](/releases/old-name/)."));

        var result = await site.BuildAsync();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "PS0315");
        Assert.Equal(PartnershipSite.Diagnostics.DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("input/releases/2021-06-11-b.md", warning.Location.Path);
        Assert.Contains("/releases/new-name/", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Published);
    }

    [Fact]
    public async Task An_embargoed_release_has_no_redirect_yet()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a")
            + TestSite.Release("2031-06-10-future", "Future", "2031-06-10", extra: "publish_at: 2031-06-10T00:01:00+01:00\nredirect_from:\n  - /releases/old-future/"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(site.Has("_redirects"));
    }
}
