using System.Globalization;
using PartnershipSite.Diagnostics;
using Spectre.Console;

namespace PartnershipSite.Cli;

/// <summary>
/// Prints diagnostics as MSBuild-style lines (<c>path(line,col): warning PS0420: …</c>) that editors and CI annotate.
/// Errors are always printed in full. Warnings are grouped by code: how many, the rule's reason once, and the first
/// few, so one error is not lost among thousands of warnings; <c>--verbose</c> prints every one.
/// </summary>
internal static class DiagnosticList
{
    /// <summary>How many warnings of one code are printed before "and N more".</summary>
    public const int FirstFew = 3;

    public static void Write(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics, bool verbose)
    {
        foreach (var error in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            Terminal.WriteRaw(console, error.ToString());
        }
        var others = diagnostics.Where(d => d.Severity != DiagnosticSeverity.Error);
        if (verbose)
        {
            foreach (var diagnostic in others)
            {
                Terminal.WriteRaw(console, diagnostic.ToString());
            }
            return;
        }
        foreach (var group in others.GroupBy(d => (d.Code, d.Severity)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            var count = group.Count();
            var severity = group.Key.Severity.ToString().ToLowerInvariant();
            var reason = Reasons.For(group.Key.Code) is { } text ? $": {text.Replace("`", "", StringComparison.Ordinal)}" : "";
            Terminal.WriteRaw(console, $"{group.Key.Code} ({severity}), {Times(count)}{reason}");
            foreach (var diagnostic in group.Take(FirstFew))
            {
                Terminal.WriteRaw(console, diagnostic.ToString());
            }
            if (count > FirstFew)
            {
                Terminal.WriteRaw(console, $"  and {(count - FirstFew).ToString("N0", CultureInfo.InvariantCulture)} more (--verbose shows all)");
            }
        }
    }

    /// <summary>
    /// "Files with errors: a.md (2), b.md (1)", most errors first, at most a handful named; nothing when there are none.
    /// </summary>
    public static void WriteFilesWithErrors(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics)
    {
        var files = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .GroupBy(d => d.Location.Path, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            return;
        }
        const int named = 5;
        var list = string.Join(", ", files.Take(named).Select(g => $"{g.Key} ({g.Count().ToString(CultureInfo.InvariantCulture)})"));
        var more = files.Count > named ? $" and {files.Count - named} more" : "";
        console.MarkupLine($"[red]Files with errors[/]: {Spectre.Console.Markup.Escape(list + more)}");
    }

    private static string Times(int count) => count == 1 ? "once" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} times";
}
