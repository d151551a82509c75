namespace PartnershipSite.IO;

/// <summary>A read <see cref="ConfinedFileSystem"/> refused.</summary>
/// <param name="Path">The symbolic link that leads away (or the path itself, when no link is involved).</param>
/// <param name="LinkTarget">The link's target as written in it; null when <paramref name="Path"/> is not a link.</param>
/// <param name="RealPath">Where it really leads; null when it leads nowhere (a dangling link).</param>
internal sealed record RefusedRead(string Path, string? LinkTarget, string? RealPath)
{
    /// <summary>True for a link whose target does not exist.</summary>
    public bool IsDangling => RealPath is null;
}
