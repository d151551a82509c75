using System.CommandLine;
using PartnershipSite.Build;
using PartnershipSite.Cli.Progress;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Cli;

/// <summary>
/// <c>build [--input DIR] [--output DIR] [--base-url URL] [--format text|json] [--check-external] [--warnings-as-errors]
/// [--report sarif] [--skip pdf|checks]... [--verbose] [--update-baseline] [--no-cache]</c>.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var input = new Option<string>("--input") { Description = "The folder holding site.yml and releases/.", DefaultValueFactory = _ => "input" };
        var output = new Option<string>("--output") { Description = "The folder the site is published to (replaced whole on success).", DefaultValueFactory = _ => "output" };
        var baseUrl = BaseUrlOption.Create("Overrides base_url in site.yml, e.g. for a preview deploy.");
        var format = new Option<OutputFormat>("--format") { Description = "How diagnostics are printed.", DefaultValueFactory = _ => OutputFormat.Text };
        var external = new Option<bool>("--check-external") { Description = "Also request external links over the network (the checks run on every build unless skipped)." };
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Treat warnings as errors: the site is not published (warnings the baseline accepts stay warnings)." };
        var report = new Option<ReportFormat?>("--report") { Description = "Also write the diagnostics to a report file: sarif (SARIF 2.1.0)." };
        var reportFile = new Option<string>("--report-file") { Description = "Where --report writes.", DefaultValueFactory = _ => "build.sarif" };
        var skip = new Option<SkippableStep[]>("--skip")
        {
            HelpName = "pdf|checks",
            Description = "Leave a step out (repeatable): pdf (no PDFs, so no PDF links or enclosures) or checks (no link, accessibility or plain-English checks; broken links no longer stop publishing).",
        };
        var now = NowOption.Create();
        var noCache = NoCacheOption.Create();
        var verbose = new Option<bool>("--verbose") { Description = "Print every warning and every row of the summaries, not the first few of each kind." };
        var updateBaseline = new Option<bool>("--update-baseline")
        {
            Description = "Record the build's warnings as accepted (input/.partnershipsite-baseline.json, or site.yml's baseline:); later builds show only new ones.",
        };
        var command = new Command("build", "Builds the site from the input folder into the output folder.")
        {
            input, output, baseUrl, format, external, strict, report, reportFile, skip, verbose, updateBaseline, now, noCache,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new BuildOptions(
                result.GetValue(input)!,
                result.GetValue(output)!,
                result.GetValue(baseUrl),
                Environment.CurrentDirectory,
                CheckExternal: result.GetValue(external),
                WarningsAsErrors: result.GetValue(strict),
                UpdateBaseline: result.GetValue(updateBaseline),
                Now: result.GetValue(now),
                CacheDirectory: result.GetValue(noCache) ? null : BuildOptions.DefaultCacheDirectory(result.GetValue(input)!));
            var steps = Pipeline.Skipping(result.GetValue(skip) ?? []);
            var json = result.GetValue(format) == OutputFormat.Json;
            var outcome = await ProgressDisplay.RunAsync(terminal.Error, !json, clock,
                progress => new SiteBuilder(new PhysicalFileSystem(), clock, steps, progress: progress).BuildAsync(options, cancellationToken));
            if (json)
            {
                JsonReporter.Write(terminal, outcome);
            }
            else
            {
                BuildReport.Write(terminal, outcome, options, result.GetValue(verbose));
            }
            if (result.GetValue(report) == ReportFormat.Sarif)
            {
                await File.WriteAllTextAsync(result.GetValue(reportFile)!, SarifReport.Write(outcome.Diagnostics, outcome.Baselined), cancellationToken);
            }
            return ExitCodeFor(outcome);
        });
        return command;
    }

    internal static int ExitCodeFor(BuildResult result) =>
        result.Succeeded ? ExitCodes.Success
        : result.Diagnostics.Any(d => d.Code is "PS0001" or "PS0004") ? ExitCodes.Usage
        : ExitCodes.ContentErrors;
}

/// <summary>The <c>--format</c> choices.</summary>
internal enum OutputFormat
{
    Text,
    Json,
}
