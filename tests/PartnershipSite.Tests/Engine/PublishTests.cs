using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Steps;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Engine;

public sealed class PublishTests
{
    [Fact]
    public async Task Failed_build_leaves_the_previous_output_byte_for_byte_untouched()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", "First title"));
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Snapshot(site.FileSystem, "/site/output");

        site.FileSystem.WriteAllText("input/releases/b.md", "---\ntitle: [unclosed\n---\n");
        site.FileSystem.WriteAllText("input/releases/a.md", TestSite.Release("a", "Changed title").Split("--\n", 2)[1]);
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(before, Snapshot(site.FileSystem, "/site/output"));
        Assert.DoesNotContain(site.FileSystem.AllFiles, f => f.Contains(".partial", StringComparison.Ordinal) || f.Contains(".previous", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Successful_build_replaces_the_output_whole()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", "First") + TestSite.Release("b", "Second"));
        Assert.True((await site.BuildAsync()).Succeeded);
        site.FileSystem.DeleteDirectory("input/releases");
        site.FileSystem.WriteAllText("input/releases/c.md", TestSite.Release("c").Split("--\n", 2)[1]);

        var second = await site.BuildAsync();
        Assert.True(second.Succeeded, string.Join('\n', second.Diagnostics));

        Assert.False(site.Has("releases/a/index.html"));
        Assert.True(site.Has("releases/c/index.html"));
        Assert.True(site.Has(WriteOutput.MarkerFile));
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical_whatever_the_parallelism()
    {
        var text = TestSite.SiteYml + string.Concat(Enumerable.Range(1, 30).Select(i => TestSite.Release($"r{i}", $"Release £{i} – “quoted”", $"2021-01-{i % 28 + 1:00}")));
        var one = TestSite.Parse(text);
        var two = TestSite.Parse(text);

        await one.BuildAsync(parallelism: 1);
        await two.BuildAsync(parallelism: 8);

        var first = Snapshot(one.FileSystem, "/site/output");
        Assert.Equal(first, Snapshot(two.FileSystem, "/site/output"));
        // The comparison covers every output format, not just the pages.
        Assert.Equal(30, first.Keys.Count(k => k.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.All(new[] { "feed.xml", "atom.xml", "feed.json", "sitemap.xml", "index.html" }, name => Assert.Contains("/site/output/" + name, first.Keys));
        Assert.All(first.Where(f => !f.Key.EndsWith(".pdf", StringComparison.Ordinal) && !f.Key.EndsWith(".png", StringComparison.Ordinal)).Select(f => f.Value), content => Assert.False(content.StartsWith('\uFEFF') || content.Contains('\r', StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("input", "is, or contains, the input folder")]
    [InlineData(".", "is, or contains, the input folder")]
    [InlineData("theme", "is, or contains, the theme folder")]
    [InlineData("input/out", "inside the input or theme folder")]
    [InlineData("/", "root of the file system")]
    public async Task Output_folder_that_would_destroy_sources_is_refused(string output, string reason)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a"));
        var before = site.FileSystem.AllFiles;

        var result = await new SiteBuilder(site.FileSystem, TestSite.Clock())
            .BuildAsync(new BuildOptions("input", output, DisplayRoot: "/site"), TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PS0004", error.Code);
        Assert.Contains(reason, error.Message);
        Assert.Equal(before, site.FileSystem.AllFiles);
    }

    [Fact]
    public async Task Output_folder_containing_the_repository_root_is_refused()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a"));
        site.FileSystem.CreateDirectory("/site/.git");

        var result = await new SiteBuilder(site.FileSystem, TestSite.Clock())
            .BuildAsync(new BuildOptions("/site/input", "/", DisplayRoot: "/site"), TestContext.Current.CancellationToken);

        Assert.Equal("PS0004", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task Existing_folder_not_written_by_the_tool_is_not_replaced()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a") + "-- output/precious.txt --\nkeep me\n");

        var result = await site.BuildAsync();

        Assert.Contains("did not write", Assert.Single(result.Diagnostics).Message);
        Assert.Equal("keep me\n", site.Read("precious.txt"));
    }

    [Fact]
    public async Task Publishing_to_a_real_disk_swaps_the_folder_and_cleans_up()
    {
        var root = Directory.CreateTempSubdirectory("partnershipsite-");
        try
        {
            TestSite.Parse(TestSite.SiteYml + TestSite.Release("a")).ExportSources(root.FullName);
            var options = new BuildOptions(Path.Join(root.FullName, "input"), Path.Join(root.FullName, "output"), DisplayRoot: root.FullName);
            var builder = new SiteBuilder(new PhysicalFileSystem(), TestSite.Clock());

            Assert.True((await builder.BuildAsync(options, TestContext.Current.CancellationToken)).Succeeded);
            var first = File.ReadAllText(Path.Join(root.FullName, "output/releases/a/index.html"));
            Assert.True((await builder.BuildAsync(options, TestContext.Current.CancellationToken)).Succeeded);

            Assert.Equal(first, File.ReadAllText(Path.Join(root.FullName, "output/releases/a/index.html")));
            Assert.Equal(["input", "output", "theme"], Directory.GetDirectories(root.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Rebuilding_on_a_real_disk_keeps_unchanged_files_and_rewrites_changed_ones()
    {
        var root = Directory.CreateTempSubdirectory("partnershipsite-");
        try
        {
            TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", "First") + TestSite.Release("b", "Second")).ExportSources(root.FullName);
            var options = new BuildOptions(Path.Join(root.FullName, "input"), Path.Join(root.FullName, "output"), DisplayRoot: root.FullName);
            var builder = new SiteBuilder(new PhysicalFileSystem(), TestSite.Clock());
            Assert.True((await builder.BuildAsync(options, TestContext.Current.CancellationToken)).Succeeded);
            var a = Path.Join(root.FullName, "output/releases/a/index.html");
            var b = Path.Join(root.FullName, "output/releases/b/index.html");
            var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(a, old);
            File.SetLastWriteTimeUtc(b, old);
            var bBefore = File.ReadAllText(b);
            File.WriteAllText(Path.Join(root.FullName, "input/releases/b.md"), TestSite.Release("b", "Second, corrected").Split("--\n", 2)[1]);

            Assert.True((await builder.BuildAsync(options, TestContext.Current.CancellationToken)).Succeeded);

            // Unchanged: the previous file is kept (hard-linked into the new output), timestamp and all.
            Assert.Equal(old, File.GetLastWriteTimeUtc(a));
            Assert.NotEqual(old, File.GetLastWriteTimeUtc(b));
            Assert.NotEqual(bBefore, File.ReadAllText(b));
            Assert.Contains("Second, corrected", File.ReadAllText(b));
            Assert.Equal(["input", "output", "theme"], Directory.GetDirectories(root.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static SortedDictionary<string, string> Snapshot(InMemoryFileSystem fs, string folder) =>
        new(fs.ListFiles(folder, recursive: true).ToDictionary(f => f, f => System.Text.Encoding.UTF8.GetString(fs.ReadAllBytes(f))), StringComparer.Ordinal);
}
