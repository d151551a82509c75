using System.Collections.Immutable;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>What a check of a published folder found: its diagnostics and each check's tally.</summary>
public sealed record CheckResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<CheckSummary> Summaries, int FileCount)
{
    /// <summary>True when no error was reported.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
