using PartnershipSite.Diagnostics;

namespace PartnershipSite.Authoring;

/// <summary>What <see cref="NewRelease.Create"/> did: the file it wrote, or the problem that stopped it.</summary>
/// <param name="Path">The absolute path of the release file (written, or already there).</param>
/// <param name="Problem">Why nothing was written; null on success.</param>
public sealed record NewReleaseResult(string? Path, Diagnostic? Problem)
{
    /// <summary>True when the file was written.</summary>
    public bool Succeeded => Problem is null;
}
