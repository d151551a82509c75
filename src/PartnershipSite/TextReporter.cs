using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using Spectre.Console;

namespace PartnershipSite.Cli;

/// <summary>MSBuild-style diagnostic lines on stderr, then a short summary table.</summary>
internal sealed class TextReporter : IReporter
{
    public void Report(BuildResult result, BuildOptions options)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            // Plain lines (no markup, no wrapping) so editors and CI can parse and annotate them.
            Console.Error.WriteLine(diagnostic.ToString());
        }
        var console = AnsiConsole.Console;
        var table = new Table().Border(TableBorder.Rounded).Title("Build summary");
        table.AddColumn("Step");
        table.AddColumn(new TableColumn("Time (ms)").RightAligned());
        foreach (var timing in result.Timings)
        {
            table.AddRow(timing.Step, timing.Elapsed.TotalMilliseconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        }
        var total = result.Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
        table.AddRow("[bold]Total[/]", $"[bold]{total.TotalMilliseconds:F1}[/]");
        console.Write(table);
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var verdict = result.Succeeded
            ? $"[green]Published {result.PageCount} pages ({result.Outputs.Length} files) to {Spectre.Console.Markup.Escape(options.OutputDirectory)}[/]"
            : result.PreviousOutputExists
                ? $"[red]Not published: the previous {Spectre.Console.Markup.Escape(options.OutputDirectory)} was left as it was[/]"
                : $"[red]Not published: nothing was written to {Spectre.Console.Markup.Escape(options.OutputDirectory)}[/]";
        console.MarkupLine($"{verdict}. {errors} error(s), {warnings} warning(s).");
        if (!result.Embargoed.IsEmpty)
        {
            // File names, never titles: the titles are under embargo too.
            var next = result.Embargoed[0];
            console.WriteLine($"{result.Embargoed.Length} release(s) under embargo, left out of every output; the next lifts at {Content.IsoDate.Iso(next.PublishAt)} ({next.File}).");
        }
    }
}
