using System.Collections.Immutable;

namespace PartnershipSite.Fuzz;

/// <summary>What a run tried and found: each class of finding with how many inputs hit it and the first of them.</summary>
public sealed record FuzzReport(int Inputs, int Published, ImmutableSortedDictionary<string, (int Count, Finding First, FuzzCase Case)> Findings)
{
    /// <summary>Inputs that broke a promise.</summary>
    public int FailingInputs => Findings.Values.Sum(f => f.Count);
}
