namespace PartnershipSite.IO;

/// <summary>
/// One thing a unit of work learnt from the file system: a file's content hash (or <see cref="ContentHash.Absent"/>),
/// or, for a path ending in <c>/</c>, the hash of a folder's listing.
/// </summary>
/// <param name="Path">The absolute path read.</param>
/// <param name="Hash">What it held.</param>
internal readonly record struct FileRead(string Path, string Hash)
{
    /// <summary>The path of a folder listing's entry: the folder with a trailing <c>/</c>.</summary>
    public static string ListingPath(string folder) => folder.TrimEnd('/') + "/";

    /// <summary>True for a folder listing.</summary>
    public bool IsListing => Path.EndsWith('/');
}
