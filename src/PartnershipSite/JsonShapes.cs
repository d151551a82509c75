using PartnershipSite.Checks;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Cli;

/// <summary>The JSON shapes `build --format json` and `check --format json` share.</summary>
internal static class JsonShapes
{
    public static IEnumerable<object> Diagnostics(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => new
    {
        code = d.Code,
        severity = d.Severity.ToString().ToLowerInvariant(),
        message = d.Message,
        path = d.Location.Path,
        line = d.Location.Line,
        column = d.Location.Column,
    });

    public static IEnumerable<object> Checks(IEnumerable<CheckSummary> summaries) =>
        summaries.Select(s => new { check = s.Check, @checked = s.Checked, passed = s.Passed, failed = s.Failed, skipped = s.Skipped });
}
