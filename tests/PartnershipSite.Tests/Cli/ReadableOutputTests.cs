using System.Text.Json;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Cli;

/// <summary>
/// What a person reads after a build: errors in full, warnings grouped and cut short, progress on a terminal and
/// plain lines in a log. Run in process against test consoles, and as a real process for the pipe.
/// </summary>
public sealed class ReadableOutputTests : IDisposable
{
    // A sentence of 33 words, made distinct by its last word.
    private static string Long(object last) =>
        $"The partnership between the two departments will cover research, skills, standards, data, trade and the many other areas that the ministers agreed on when they met in the spring of {last}.";

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("partnershipsite-output-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Input => Path.Join(_work.FullName, "input");

    private string Output => Path.Join(_work.FullName, "output");

    // `releases` releases with two long sentences each (and `extra`); the first `broken` of them have an invalid date (an error).
    private void WriteSite(int releases, int broken = 0, string extra = "")
    {
        var text = TestSite.SiteYml + string.Concat(Enumerable.Range(0, releases).Select(i => TestSite.Release(
            $"r{i:D3}", title: $"Release number {i}", date: i < broken ? "10/06/2021" : "2021-06-10",
            body: Long(i) + "\n\n" + Long(i + 1000) + extra)));
        TestSite.Parse(text).ExportSources(_work.FullName);
    }

    private Task<(int ExitCode, string Out, string Error)> BuildAsync(params string[] extra) =>
        CliInProcess.RunAsync(["build", "--input", Input, "--output", Output, .. extra]);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Many_warnings_of_one_kind_print_as_one_short_group()
    {
        WriteSite(30);

        var (code, stdout, stderr) = await BuildAsync();

        Assert.True(code == 0, stdout + stderr);
        var warnings = Lines(stderr).Where(l => l.Contains(": warning PS0420:", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Contains("PS0420 (warning), 60 times: Sentences of more than 25 words are hard to follow", stderr, StringComparison.Ordinal);
        Assert.Contains("and 57 more (--verbose shows all)", stderr, StringComparison.Ordinal);
        Assert.True(Lines(stderr).Length + Lines(stdout).Length <= 25, stderr + stdout);
        Assert.Contains("0 error(s), 60 warning(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_prints_every_warning()
    {
        WriteSite(30);

        var (_, _, stderr) = await BuildAsync("--verbose");

        Assert.Equal(60, Lines(stderr).Count(l => l.Contains(": warning PS0420:", StringComparison.Ordinal)));
        Assert.DoesNotContain("more (--verbose shows all)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_are_printed_in_full_among_many_warnings_and_their_files_named_first()
    {
        WriteSite(12, broken: 6);

        var (code, stdout, stderr) = await BuildAsync();

        Assert.Equal(1, code);
        var errors = Lines(stderr).Where(l => l.Contains(": error PS0103:", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, errors.Count);
        Assert.All(Enumerable.Range(0, 6), i => Assert.Contains(errors, l => l.Contains($"r{i:D3}.md(4,7): error PS0103:", StringComparison.Ordinal)));
        // Errors come before the warning groups, and the summary starts with the files that have them.
        Assert.True(stderr.IndexOf("error PS0103", StringComparison.Ordinal) < stderr.IndexOf("PS0420 (warning)", StringComparison.Ordinal));
        var summary = Lines(stdout);
        Assert.StartsWith("Files with errors: ", summary[0], StringComparison.Ordinal);
        Assert.Contains("r000.md (1)", summary[0], StringComparison.Ordinal);
        Assert.Contains("and 1 more", summary[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Baselined_warnings_are_not_shown_but_counted()
    {
        WriteSite(5);

        var (_, update, _) = await BuildAsync("--update-baseline");
        var (code, stdout, stderr) = await BuildAsync();

        Assert.Contains("10 warning(s) accepted (10 added, 0 no longer found and dropped)", update, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Join(Input, ".partnershipsite-baseline.json")));
        Assert.Equal(0, code);
        Assert.DoesNotContain("PS0420", stderr, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 0 warning(s), 10 baselined warning(s) not shown.", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Check summary", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_carries_every_diagnostic_baselined_or_not_and_nothing_else()
    {
        WriteSite(5);
        var (_, before, beforeErrors) = await BuildAsync("--format", "json");
        await BuildAsync("--update-baseline");

        var (_, after, afterErrors) = await BuildAsync("--format", "json");

        using var first = JsonDocument.Parse(before);
        using var second = JsonDocument.Parse(after);
        Assert.Equal(first.RootElement.GetProperty("diagnostics").GetRawText(), second.RootElement.GetProperty("diagnostics").GetRawText());
        Assert.Equal(10, second.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(0, first.RootElement.GetProperty("baselined").GetInt32());
        Assert.Equal(10, second.RootElement.GetProperty("baselined").GetInt32());
        Assert.Equal("", beforeErrors + afterErrors);
    }

    [Fact]
    public async Task Sarif_marks_baselined_results_unchanged_and_others_new()
    {
        WriteSite(2);
        await BuildAsync("--update-baseline");
        File.AppendAllText(Path.Join(Input, "releases", "r000.md"), "\n" + Long("a later year") + "\n");
        var sarif = Path.Join(_work.FullName, "build.sarif");

        await BuildAsync("--report", "sarif", "--report-file", sarif);

        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var states = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("baselineState").GetString()).ToList();
        Assert.Equal(4, states.Count(s => s == "unchanged"));
        Assert.Equal(1, states.Count(s => s == "new"));
    }

    [Fact]
    public async Task A_terminal_shows_the_running_step_with_items_done_of_the_total()
    {
        WriteSite(3);

        var (code, _, stderr) = await CliInProcess.RunAsync(["build", "--input", Input, "--output", Output], interactive: true);

        Assert.Equal(0, code);
        Assert.Contains("RenderPdf: PDFs rendered", stderr, StringComparison.Ordinal);
        // The count of a step as it starts (a finished step is hidden: the display shows the running one).
        Assert.Contains("0/3", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pipe_gets_plain_progress_lines_and_no_ansi_even_with_a_colour_terminal_named()
    {
        WriteSite(3);
        var start = CliProcess.StartInfo(_work.FullName, "build");
        start.Environment.Remove("NO_COLOR");
        start.Environment["TERM"] = "xterm-256color";
        start.Environment["COLORTERM"] = "truecolor";

        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var all = await stdout + await stderr;

        Assert.Equal(0, process.ExitCode);
        Assert.DoesNotContain('\u001b', all);
        Assert.Contains("RenderPdf: 3 PDFs rendered in ", await stderr, StringComparison.Ordinal);
        Assert.Contains("CheckSite: 9 pages checked in ", await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_prints_the_same_grouped_output()
    {
        // The prose checks need the Markdown, so over a folder the warnings are insecure links (PS0308), one a page.
        WriteSite(30, extra: "\n\nSee [the partnership agreement](http://example.com/agreement).");
        await BuildAsync("--skip", "checks");

        var (code, stdout, stderr) = await CliInProcess.RunAsync(["check", Output, "--input", Input]);

        Assert.True(code == 0, stdout + stderr);
        Assert.Matches(@"PS0308 \(warning\), \d+ times: http: can be intercepted", stderr);
        Assert.Equal(3, Lines(stderr).Count(l => l.Contains(": warning PS0308:", StringComparison.Ordinal)));
        Assert.Matches(@"and \d+ more \(--verbose shows all\)", stderr);
        Assert.Contains("Passed: ", stdout, StringComparison.Ordinal);
    }
}
