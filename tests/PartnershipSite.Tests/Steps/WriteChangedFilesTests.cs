using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.Steps;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Steps;

public sealed class WriteChangedFilesTests
{
    private static Task<BuildResult> BuildAsync(TestSite site, SiteBuilder builder) =>
        builder.BuildAsync(new BuildOptions("input", "preview", null, "/site"), TestContext.Current.CancellationToken);

    private static SiteBuilder Builder(TestSite site) =>
        new(site.FileSystem, TestSite.Clock(), [.. Pipeline.WithoutPublishing, new WriteChangedFiles()]);

    [Fact]
    public async Task Pipeline_without_publishing_makes_the_site_in_memory_and_writes_nothing()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a"));

        var result = await new SiteBuilder(site.FileSystem, TestSite.Clock(), Pipeline.WithoutPublishing)
            .BuildAsync(new BuildOptions("input", "output", null, "/site"), TestContext.Current.CancellationToken);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Contains(result.Outputs, o => o.Path == "releases/a/index.html");
        Assert.False(site.FileSystem.DirectoryExists("output"));
        Assert.DoesNotContain(Pipeline.WithoutPublishing, s => s is WriteOutput);
    }

    [Fact]
    public async Task Second_build_writes_only_the_files_whose_bytes_changed()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", "First") + TestSite.Release("2021-06-11-b", "Second"));
        var builder = Builder(site);

        var first = await BuildAsync(site, builder);
        site.FileSystem.WriteAllText("input/releases/2021-06-10-a.md",
            TestSite.Release("x", "First, edited").Split("--\n", 2)[1]);
        var second = await BuildAsync(site, builder);

        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Equal(first.Outputs.Select(o => o.Path), first.Written);
        Assert.True(second.Succeeded, string.Join('\n', second.Diagnostics));
        // The edited release's page and PDF, and the listings and feeds that carry its title (the site's and its
        // organisation's); nothing else.
        Assert.Equal(["atom.xml", "feed.json", "feed.xml", "index.html",
            "organisations/department-for-testing/atom.xml", "organisations/department-for-testing/feed.json",
            "organisations/department-for-testing/feed.xml", "organisations/department-for-testing/index.html",
            "releases/a/a.pdf", "releases/a/index.html"], second.Written);
        Assert.Contains("First, edited", System.Text.Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes("preview/releases/a/index.html")));
    }

    [Fact]
    public async Task The_preview_writes_and_reports_the_site_before_it_is_checked()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", "First"));
        var seen = new List<string>();
        var steps = Pipeline.Preview(new WriteChangedFiles((outputs, written) => seen.Add($"{written.Length} of {outputs.Length}")));
        var result = await new SiteBuilder(site.FileSystem, TestSite.Clock(), steps).BuildAsync(new BuildOptions("input", "preview", null, "/site"), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        // The whole-site check is the only step after the write: every other step reuses the cache's work.
        Assert.Equal(["WriteChangedFiles", "CheckSite"], steps.Skip(steps.Length - 2).Select(s => s.Name));
        Assert.Equal([$"{result.Outputs.Length} of {result.Outputs.Length}"], seen);
        Assert.NotEmpty(result.Checks);
    }

    [Fact]
    public async Task Files_the_site_no_longer_makes_are_deleted()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a") + TestSite.Release("2021-06-11-b"));
        var builder = Builder(site);

        await BuildAsync(site, builder);
        site.FileSystem.WriteAllText("input/releases/2021-06-11-b.md", TestSite.Release("x", extra: "draft: true").Split("--\n", 2)[1]);
        var result = await BuildAsync(site, builder);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(site.FileSystem.FileExists("preview/releases/b/index.html"));
        Assert.True(site.FileSystem.FileExists("preview/releases/a/index.html"));
    }

    [Fact]
    public async Task A_fresh_step_compares_with_what_is_already_on_disk()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a"));
        await BuildAsync(site, Builder(site));

        var again = await BuildAsync(site, Builder(site));

        Assert.True(again.Succeeded, string.Join('\n', again.Diagnostics));
        Assert.Empty(again.Written);
    }

    [Fact]
    public async Task Folder_holding_files_it_did_not_write_is_refused()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a") + "-- preview/thesis.docx --\nmine\n");

        var result = await BuildAsync(site, Builder(site));

        Assert.Contains(result.Diagnostics, d => d.Code == "PS0004");
        Assert.Empty(result.Written);
        Assert.False(site.FileSystem.FileExists("preview/index.html"));
    }
}
