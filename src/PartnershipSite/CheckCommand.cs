using System.CommandLine;
using PartnershipSite.Build;
using PartnershipSite.Checks;
using PartnershipSite.Cli.Progress;
using PartnershipSite.IO;

namespace PartnershipSite.Cli;

/// <summary>
/// <c>check [FOLDER] [--input DIR] [--base-url URL] [--format text|json] [--report sarif] [--report-file FILE]
/// [--check-external] [--warnings-as-errors] [--verbose]</c>: the build's checks over a folder already published.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var folder = new Argument<string>("folder") { Description = "The published site to check.", DefaultValueFactory = _ => "output" };
        var input = new Option<string>("--input") { Description = "The input folder whose site.yml gives the base URL and check settings, if it exists.", DefaultValueFactory = _ => "input" };
        var baseUrl = BaseUrlOption.Create("The URL the folder is served from (overrides site.yml).");
        var format = new Option<OutputFormat>("--format") { Description = "How diagnostics are printed.", DefaultValueFactory = _ => OutputFormat.Text };
        var report = new Option<ReportFormat?>("--report") { Description = "Also write a report file: sarif (SARIF 2.1.0, for code scanning)." };
        var reportFile = new Option<string>("--report-file") { Description = "Where --report writes.", DefaultValueFactory = _ => "checks.sarif" };
        var external = new Option<bool>("--check-external") { Description = "Also request external links over the network." };
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Fail on warnings as well as errors." };
        var verbose = new Option<bool>("--verbose") { Description = "Print every warning and every row of the summary, not the first few of each kind." };
        var command = new Command("check", "Checks links and accessibility in a published site folder.")
        {
            folder, input, baseUrl, format, report, reportFile, external, strict, verbose,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new FolderCheckOptions(
                result.GetValue(folder)!,
                result.GetValue(input),
                result.GetValue(baseUrl),
                Environment.CurrentDirectory,
                result.GetValue(external),
                result.GetValue(strict));
            var json = result.GetValue(format) == OutputFormat.Json;
            var outcome = await ProgressDisplay.RunAsync(terminal.Error, !json, clock,
                progress => new FolderChecker(new PhysicalFileSystem(), clock, progress).CheckAsync(options, cancellationToken));
            if (result.GetValue(report) == ReportFormat.Sarif)
            {
                await File.WriteAllTextAsync(result.GetValue(reportFile)!, SarifReport.Write(outcome.Diagnostics, []), cancellationToken);
            }
            if (json)
            {
                CheckReport.WriteJson(terminal, outcome);
            }
            else
            {
                CheckReport.WriteText(terminal, outcome, options.Folder, result.GetValue(verbose));
            }
            return outcome.Succeeded ? ExitCodes.Success
                : outcome.Diagnostics.Any(d => d.Code == "PS0007") ? ExitCodes.Usage
                : ExitCodes.ContentErrors;
        });
        return command;
    }
}

/// <summary>The <c>--report</c> choices.</summary>
internal enum ReportFormat
{
    Sarif,
}
