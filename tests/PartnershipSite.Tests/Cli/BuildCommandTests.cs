using System.Diagnostics;
using System.Text.Json;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Cli;

/// <summary>The CLI as an editor runs it: a real process, real folders, exit codes and printed diagnostics.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("partnershipsite-cli-");

    public void Dispose() => _work.Delete(recursive: true);

    private static Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, params string[] args) =>
        CliProcess.RunAsync(workingDirectory, args);

    private void CopySite(string release)
    {
        Directory.CreateDirectory(Path.Combine(_work.FullName, "input", "releases"));
        File.Copy(RealFiles.PathOf("input/site.yml"), Path.Combine(_work.FullName, "input", "site.yml"));
        File.WriteAllText(Path.Combine(_work.FullName, "input", "releases", "a.md"), release);
        foreach (var file in Directory.GetFiles(RealFiles.PathOf("theme"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_work.FullName, "theme", Path.GetRelativePath(RealFiles.PathOf("theme"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Build_of_the_real_input_exits_0_and_writes_the_release_page()
    {
        var output = Path.Combine(_work.FullName, "site");

        var (code, stdout, stderr) = await RunAsync(RealFiles.RepositoryRoot, "build", "--output", output);

        Assert.True(code == 0, stdout + stderr);
        Assert.True(File.Exists(Path.Combine(output, "releases", "uk-and-us-agree-to-strengthen-ties-in-science-and-technology", "index.html")));
        Assert.Contains("Published", stdout);
    }

    [Fact]
    public async Task Content_error_exits_1_with_a_located_message_and_no_stack_trace()
    {
        CopySite(TestSite.Release("a", date: "10/06/2021").Split("--\n", 2)[1]);

        var (code, _, stderr) = await RunAsync(_work.FullName, "build");

        Assert.Equal(1, code);
        Assert.Contains("input/releases/a.md(4,7): error PS0103:", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(Path.Combine(_work.FullName, "output")));
    }

    [Fact]
    public async Task Missing_input_folder_exits_2()
    {
        var (code, _, stderr) = await RunAsync(_work.FullName, "build", "--input", "nowhere");

        Assert.Equal(2, code);
        Assert.Contains("nowhere: error PS0001:", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Unknown_option_exits_2()
    {
        var (code, _, stderr) = await RunAsync(_work.FullName, "build", "--colour", "blue");

        Assert.Equal(2, code);
        Assert.Contains("--colour", stderr);
    }

    [Fact]
    public async Task Json_format_prints_only_json_with_located_diagnostics()
    {
        CopySite(TestSite.Release("a", extra: "titel: typo").Split("--\n", 2)[1]);

        var (code, stdout, _) = await RunAsync(_work.FullName, "build", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("succeeded").GetBoolean());
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("PS0110", diagnostic.GetProperty("code").GetString());
        Assert.Equal(("input/releases/a.md", 9, 1), (diagnostic.GetProperty("path").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("check").GetString()!);
        Assert.True(checks["InternalLinksResolve"].GetProperty("checked").GetInt32() > 0);
        Assert.Equal(0, checks["InternalLinksResolve"].GetProperty("failed").GetInt32());
    }

    [Fact]
    public async Task Skip_pdf_and_checks_leaves_out_exactly_those_steps()
    {
        var output = Path.Combine(_work.FullName, "site");

        var (code, stdout, stderr) = await RunAsync(RealFiles.RepositoryRoot, "build", "--output", output, "--format", "json", "--skip", "pdf", "--skip", "checks");

        Assert.True(code == 0, stdout + stderr);
        using var json = JsonDocument.Parse(stdout);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()).ToList();
        Assert.DoesNotContain("RenderPdf", steps);
        Assert.DoesNotContain("CheckSite", steps);
        Assert.Contains("WriteOutput", steps);
        Assert.Empty(Directory.GetFiles(output, "*.pdf", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(output, "feed.xml")));
    }

    [Fact]
    public async Task Skip_with_an_unknown_step_exits_2()
    {
        var (code, _, stderr) = await RunAsync(_work.FullName, "build", "--skip", "html");

        Assert.Equal(2, code);
        Assert.Contains("html", stderr);
    }
}
