using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using Spectre.Console;

namespace PartnershipSite.Cli;

/// <summary>
/// A build's outcome as text: the diagnostics not in the baseline on stderr (<see cref="DiagnosticList"/>), then on
/// stdout the files with errors, the check and step summaries, the baseline and the verdict.
/// </summary>
internal static class BuildReport
{
    public static void Write(Terminal terminal, BuildResult result, BuildOptions options, bool verbose)
    {
        var baselined = result.Baselined.ToHashSet();
        var shown = result.Diagnostics.Where(d => !baselined.Contains(d)).ToList();
        DiagnosticList.Write(terminal.Error, shown, verbose);
        var console = terminal.Out;
        DiagnosticList.WriteFilesWithErrors(console, shown);
        if (!result.Checks.IsEmpty)
        {
            Summary.WriteChecks(console, result.Checks, result.Baselined, verbose);
        }
        Summary.WriteTimings(console, result.Timings, verbose);
        if (result.BaselineUpdate is { } update)
        {
            console.WriteLine($"Baseline {update.Path}: {update.Baseline.Entries.Length} warning(s) accepted ({update.Added} added, {update.Dropped} no longer found and dropped).");
        }
        var errors = shown.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = shown.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var verdict = result.Succeeded
            ? $"[green]Published {result.PageCount} pages ({result.Outputs.Length} files) to {Spectre.Console.Markup.Escape(options.OutputDirectory)}[/]"
            : result.PreviousOutputExists
                ? $"[red]Not published: the previous {Spectre.Console.Markup.Escape(options.OutputDirectory)} was left as it was[/]"
                : $"[red]Not published: nothing was written to {Spectre.Console.Markup.Escape(options.OutputDirectory)}[/]";
        var accepted = result.Baselined.IsEmpty ? "" : $", {result.Baselined.Length} baselined warning(s) not shown";
        console.MarkupLine($"{verdict}. {errors} error(s), {warnings} warning(s){accepted}.");
        if (!result.Embargoed.IsEmpty)
        {
            // File names, never titles: the titles are under embargo too.
            var next = result.Embargoed[0];
            console.WriteLine($"{result.Embargoed.Length} release(s) under embargo, left out of every output; the next lifts at {Content.IsoDate.Iso(next.PublishAt)} ({next.File}).");
        }
    }
}
