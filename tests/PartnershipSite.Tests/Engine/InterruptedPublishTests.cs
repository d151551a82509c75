using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Steps;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Engine;

/// <summary>
/// Publishing under failure: a full disk, a kill between the two renames, folders beside the output that the tool
/// did not make, and staging names that match the user's own folders.
/// </summary>
public sealed class InterruptedPublishTests
{
    private static async Task<BuildResult> BuildAsync(IFileSystem fs, string input = "input", string output = "output") =>
        await new SiteBuilder(fs, TestSite.Clock()).BuildAsync(new BuildOptions(input, output, DisplayRoot: "/site"), TestContext.Current.CancellationToken);

    private static SortedDictionary<string, string> Snapshot(InMemoryFileSystem fs, string folder) =>
        new(fs.ListFiles(folder, recursive: true).ToDictionary(f => f, f => Convert.ToBase64String(fs.ReadAllBytes(f))), StringComparer.Ordinal);

    [Fact]
    public async Task A_full_disk_during_the_parallel_writes_is_a_diagnostic_and_leaves_the_previous_output()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", "First") + TestSite.Release("b", "Second"));
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Snapshot(site.FileSystem, "/site/output");
        site.FileSystem.WriteAllText("input/releases/a.md", TestSite.Release("a", "Changed").Split("--\n", 2)[1]);
        var faulty = new FaultyFileSystem(site.FileSystem)
        {
            OnWrite = path => path.Contains("staging", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal)
                ? new IOException("No space left on device")
                : null,
        };

        var result = await BuildAsync(faulty);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0901");
        Assert.Contains("No space left on device", error.Message);
        Assert.False(result.Published);
        Assert.Equal(before, Snapshot(site.FileSystem, "/site/output"));
        Assert.DoesNotContain(site.FileSystem.AllFiles, f => f.Contains("partnershipsite-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_kill_between_the_two_renames_is_recovered_by_the_next_build_which_can_then_fail_truthfully()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", "First"));
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Snapshot(site.FileSystem, "/site/output");
        var faulty = new FaultyFileSystem(site.FileSystem)
        {
            // The second rename (staging -> output) never happens: the process died after moving the output aside.
            OnMove = (source, _) => source.EndsWith("partnershipsite-staging", StringComparison.Ordinal) ? new SimulatedKillException() : null,
        };
        site.FileSystem.WriteAllText("input/releases/a.md", TestSite.Release("a", "Changed").Split("--\n", 2)[1]);
        try
        {
            await BuildAsync(faulty);
        }
        catch (SimulatedKillException)
        {
            // The process is gone: whatever state the disk is in now is what the next build finds.
        }
        Assert.False(site.FileSystem.DirectoryExists("/site/output"));

        // The next build fails (broken front matter), yet the site is back, exactly as it was, and the result says so.
        site.FileSystem.WriteAllText("input/releases/b.md", "---\ntitle: [unclosed\n---\n");
        var result = await BuildAsync(site.FileSystem);

        Assert.False(result.Published);
        Assert.True(result.PreviousOutputExists);
        Assert.Contains(result.Diagnostics, d => d.Code == "PS0902");
        Assert.Equal(before, Snapshot(site.FileSystem, "/site/output"));
    }

    [Fact]
    public async Task A_failed_first_build_says_there_was_no_previous_output()
    {
        var site = TestSite.Parse(TestSite.SiteYml + "-- input/releases/b.md --\n---\ntitle: [unclosed\n---\n");

        var result = await site.BuildAsync();

        Assert.False(result.PreviousOutputExists);
        Assert.False(site.FileSystem.DirectoryExists("/site/output"));
    }

    [Theory]
    [InlineData(".output.partnershipsite-staging")]
    [InlineData(".output.partnershipsite-previous")]
    public async Task A_folder_beside_the_output_with_a_staging_name_but_no_marker_is_never_deleted(string name)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a") + $"-- {name}/mine.txt --\nkeep me\n");

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PS0004", error.Code);
        Assert.Contains("not made by PartnershipSite", error.Message);
        Assert.Equal("keep me\n", System.Text.Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes($"/site/{name}/mine.txt")));
    }

    [Theory]
    [InlineData(".site.partial", "site")]
    [InlineData(".site.previous", "site")]
    [InlineData(".site.partnershipsite-staging", "site")]
    [InlineData(".site.partnershipsite-previous", "site")]
    public async Task An_input_folder_named_like_a_staging_folder_is_never_deleted_or_moved(string input, string output)
    {
        var site = TestSite.Parse("");
        var source = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a"), withRealTheme: false).FileSystem;
        foreach (var file in source.AllFiles.Where(f => f.StartsWith("/site/input/", StringComparison.Ordinal)))
        {
            site.FileSystem.WriteAllBytes(file.Replace("/site/input/", $"/site/{input}/", StringComparison.Ordinal), source.ReadAllBytes(file));
        }
        var inputFiles = site.FileSystem.ListFiles($"/site/{input}", recursive: true);

        await BuildAsync(site.FileSystem, input, output);
        await BuildAsync(site.FileSystem, input, output);

        Assert.Equal(inputFiles, site.FileSystem.ListFiles($"/site/{input}", recursive: true));
    }

    [Fact]
    public async Task Leftovers_of_an_interrupted_build_that_carry_the_marker_are_cleaned_up()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a"));
        Assert.True((await site.BuildAsync()).Succeeded);
        site.FileSystem.WriteAllText($"/site/.output.partnershipsite-staging/{WriteOutput.MarkerFile}", "ours\n");
        site.FileSystem.WriteAllText("/site/.output.partnershipsite-staging/half.html", "<p>half</p>\n");

        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.DoesNotContain(site.FileSystem.AllFiles, f => f.Contains("partnershipsite-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_a_real_disk_the_swap_is_one_atomic_exchange_and_leaves_no_folder_beside_the_output()
    {
        var root = Directory.CreateTempSubdirectory("partnershipsite-");
        try
        {
            TestSite.Parse(TestSite.SiteYml + TestSite.Release("a")).ExportSources(root.FullName);
            var fs = new PhysicalFileSystem();
            var options = new BuildOptions(Path.Join(root.FullName, "input"), Path.Join(root.FullName, "output"), DisplayRoot: root.FullName);
            Assert.True((await new SiteBuilder(fs, TestSite.Clock()).BuildAsync(options, TestContext.Current.CancellationToken)).Succeeded);
            var moves = new List<string>();
            var watched = new FaultyFileSystem(fs) { OnMove = (s, d) => { moves.Add($"{s} -> {d}"); return null; } };

            Assert.True((await new SiteBuilder(watched, TestSite.Clock()).BuildAsync(options, TestContext.Current.CancellationToken)).Succeeded);

            // FaultyFileSystem has no exchange, so it renames twice; the physical file system exchanges in one step.
            Assert.Equal(2, moves.Count);
            Assert.True(fs.TryExchangeDirectories(Path.Join(root.FullName, "output"), Path.Join(root.FullName, "input")));
            Assert.True(File.Exists(Path.Join(root.FullName, "output", "site.yml")));
            Assert.True(fs.TryExchangeDirectories(Path.Join(root.FullName, "output"), Path.Join(root.FullName, "input")));
            Assert.Equal(["input", "output", "theme"], Directory.GetDirectories(root.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
