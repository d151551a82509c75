using System.Text.Json;
using PartnershipSite.Checks;
using PartnershipSite.Diagnostics;
using Spectre.Console;

namespace PartnershipSite.Cli;

/// <summary>A check's outcome: the same text as a build's (<see cref="DiagnosticList"/>, <see cref="Summary"/>), or one JSON object.</summary>
internal static class CheckReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void WriteText(Terminal terminal, CheckResult result, string folder, bool verbose)
    {
        DiagnosticList.Write(terminal.Error, result.Diagnostics, verbose);
        var console = terminal.Out;
        DiagnosticList.WriteFilesWithErrors(console, result.Diagnostics);
        Summary.WriteChecks(console, result.Summaries, [], verbose);
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var verdict = result.Succeeded ? "[green]Passed[/]" : "[red]Failed[/]";
        console.MarkupLine($"{verdict}: {result.FileCount} files in {Spectre.Console.Markup.Escape(folder)}. {errors} error(s), {warnings} warning(s).");
    }

    public static void WriteJson(Terminal terminal, CheckResult result)
    {
        var report = new
        {
            succeeded = result.Succeeded,
            files = result.FileCount,
            diagnostics = JsonShapes.Diagnostics(result.Diagnostics),
            checks = JsonShapes.Checks(result.Summaries),
        };
        Terminal.WriteRaw(terminal.Out, JsonSerializer.Serialize(report, Json));
    }
}
