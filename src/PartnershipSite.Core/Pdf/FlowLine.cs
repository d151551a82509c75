using System.Collections.Immutable;

namespace PartnershipSite.Pdf;

/// <summary>A line before pagination: its height, where its baseline sits below its top, and its fragments (baseline 0).</summary>
public sealed record FlowLine(double Height, double BaselineOffset, ImmutableArray<Fragment> Fragments);
