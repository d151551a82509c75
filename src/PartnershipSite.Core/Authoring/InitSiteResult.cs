using System.Collections.Immutable;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Authoring;

/// <summary>What <see cref="InitSite.Create"/> did: the files it wrote, or the problem that stopped it.</summary>
/// <param name="Directory">The absolute path of the new site's folder.</param>
/// <param name="Files">The files written, relative to <paramref name="Directory"/>, '/'-separated, in order.</param>
/// <param name="Problem">Why nothing was written; null on success.</param>
public sealed record InitSiteResult(string Directory, ImmutableArray<string> Files, Diagnostic? Problem)
{
    /// <summary>True when the site was written.</summary>
    public bool Succeeded => Problem is null;
}
