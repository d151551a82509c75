using System.Collections.Immutable;

namespace PartnershipSite.Checks;

/// <summary>One check's tally: how many items it checked, passed and failed, and how many it skipped.</summary>
public sealed record CheckSummary(string Check, int Checked, int Passed, int Failed, int Skipped)
{
    /// <summary>The codes the check reported its failures with, sorted: how a report ties diagnostics back to the check.</summary>
    public ImmutableArray<string> Codes { get; init; } = [];
}
