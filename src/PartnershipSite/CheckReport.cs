using System.Globalization;
using System.Text.Json;
using PartnershipSite.Checks;
using PartnershipSite.Diagnostics;
using Spectre.Console;

namespace PartnershipSite.Cli;

/// <summary>Prints a check's outcome: MSBuild-style lines grouped by file and a summary table, or one JSON object.</summary>
internal static class CheckReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void WriteText(CheckResult result, string folder)
    {
        foreach (var group in result.Diagnostics.GroupBy(d => d.Location.Path, StringComparer.Ordinal))
        {
            // Plain lines (no markup, no wrapping) so editors and CI can parse and annotate them; a blank line between files.
            foreach (var diagnostic in group)
            {
                Console.Error.WriteLine(diagnostic.ToString());
            }
            Console.Error.WriteLine();
        }
        WriteSummary(result.Summaries);
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var verdict = result.Succeeded ? "[green]Passed[/]" : "[red]Failed[/]";
        AnsiConsole.Console.MarkupLine($"{verdict}: {result.FileCount} files in {Spectre.Console.Markup.Escape(folder)}. {errors} error(s), {warnings} warning(s).");
    }

    /// <summary>The table of checked, passed, failed and skipped items per check.</summary>
    public static void WriteSummary(IEnumerable<CheckSummary> summaries)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Check summary");
        table.AddColumn("Check");
        foreach (var heading in new[] { "Checked", "Passed", "Failed", "Skipped" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }
        foreach (var summary in summaries)
        {
            table.AddRow(summary.Check, Number(summary.Checked), Number(summary.Passed),
                summary.Failed > 0 ? $"[red]{summary.Failed}[/]" : "0", Number(summary.Skipped));
        }
        AnsiConsole.Console.Write(table);
    }

    public static void WriteJson(CheckResult result)
    {
        var report = new
        {
            succeeded = result.Succeeded,
            files = result.FileCount,
            diagnostics = JsonShapes.Diagnostics(result.Diagnostics),
            checks = JsonShapes.Checks(result.Summaries),
        };
        Console.Out.WriteLine(JsonSerializer.Serialize(report, Json));
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
