using System.Collections.Immutable;

namespace PartnershipSite.Pdf;

/// <summary>
/// A line before pagination: its height, where its baseline sits below its top, and its fragments (their baselines
/// relative to the line's: 0 for text, below it for the lines of a table row's cells).
/// </summary>
internal sealed record FlowLine(double Height, double BaselineOffset, ImmutableArray<Fragment> Fragments)
{
    /// <summary>Artifact lines drawn with the line (a table row's borders), their y measured from the line's top.</summary>
    public ImmutableArray<Rule> Rules { get; init; } = [];
}
