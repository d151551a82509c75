using PartnershipSite.Diagnostics;

namespace PartnershipSite.Engine;

/// <summary>What <c>--update-baseline</c> wrote: the file, the baseline now in it, and how it changed.</summary>
/// <param name="Path">The file as diagnostics show paths.</param>
/// <param name="Baseline">The warnings the file now accepts.</param>
/// <param name="Added">Warnings accepted that were not before.</param>
/// <param name="Dropped">Warnings the old baseline accepted that no longer occur.</param>
public sealed record BaselineUpdate(string Path, Baseline Baseline, int Added, int Dropped);
