using System.Collections.Immutable;
using System.Globalization;
using PartnershipSite.Checks;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using Spectre.Console;

namespace PartnershipSite.Cli;

/// <summary>
/// The tables after the diagnostics: each check's tally and each step's time. Short by default (only the checks
/// that failed, the slowest steps); <c>--verbose</c> shows every row.
/// </summary>
internal static class Summary
{
    /// <summary>
    /// The check table. A failure the baseline accepts is counted as baselined, not failed, so a site whose only
    /// failures are baselined shows no failing check.
    /// </summary>
    public static void WriteChecks(IAnsiConsole console, ImmutableArray<CheckSummary> summaries, IReadOnlyCollection<Diagnostic> baselined, bool verbose)
    {
        var accepted = baselined.GroupBy(d => d.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = summaries.Select(s => (Summary: s, Baselined: Math.Min(s.Failed, s.Codes.Sum(c => accepted.GetValueOrDefault(c))))).ToList();
        var failed = rows.Where(r => r.Summary.Failed > r.Baselined).ToList();
        var shown = verbose ? rows : failed;
        var anyBaselined = rows.Any(r => r.Baselined > 0);
        if (shown.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Check summary");
            table.AddColumn("Check");
            foreach (var heading in anyBaselined ? ["Checked", "Passed", "Failed", "Baselined", "Skipped"] : new[] { "Checked", "Passed", "Failed", "Skipped" })
            {
                table.AddColumn(new TableColumn(heading).RightAligned());
            }
            foreach (var (summary, baselinedCount) in shown)
            {
                var newFailures = summary.Failed - baselinedCount;
                List<string> cells = [summary.Check, Number(summary.Checked), Number(summary.Passed), newFailures > 0 ? $"[red]{Number(newFailures)}[/]" : "0"];
                if (anyBaselined)
                {
                    cells.Add(Number(baselinedCount));
                }
                cells.Add(Number(summary.Skipped));
                table.AddRow([.. cells]);
            }
            console.Write(table);
        }
        if (!verbose)
        {
            var passed = summaries.Length - failed.Count;
            var items = summaries.Sum(s => s.Checked);
            var skipped = summaries.Sum(s => s.Skipped);
            var lead = failed.Count == 0 ? $"All {Number(passed)} checks passed" : $"{Number(passed)} other checks passed";
            var baselinedFailures = rows.Sum(r => r.Baselined);
            var apart = baselinedFailures > 0 ? $", apart from {Number(baselinedFailures)} baselined failure(s)" : "";
            console.WriteLine($"{lead}{apart}: {Number(items)} items checked, {Number(skipped)} skipped (--verbose lists every check).");
        }
    }

    public static void WriteTimings(IAnsiConsole console, ImmutableArray<StepTiming> timings, bool verbose)
    {
        var total = timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
        if (!verbose)
        {
            var slowest = timings.OrderByDescending(t => t.Elapsed).Take(3).Select(t => $"{t.Step} {Seconds(t.Elapsed)}");
            console.WriteLine($"Built in {Seconds(total)}; slowest steps: {string.Join(", ", slowest)}.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title("Build summary");
        table.AddColumn("Step");
        table.AddColumn(new TableColumn("Time (ms)").RightAligned());
        foreach (var timing in timings)
        {
            table.AddRow(timing.Step, timing.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));
        }
        table.AddRow("[bold]Total[/]", $"[bold]{total.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)}[/]");
        console.Write(table);
    }

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s";

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
