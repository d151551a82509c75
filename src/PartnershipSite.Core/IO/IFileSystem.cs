namespace PartnershipSite.IO;

/// <summary>
/// Every disk access the engine makes. Paths are absolute; <see cref="PhysicalFileSystem"/> is the only
/// implementation that touches the disk, <see cref="InMemoryFileSystem"/> serves tests and previews.
/// </summary>
public interface IFileSystem
{
    /// <summary>Makes a path absolute and normalised (no <c>.</c> or <c>..</c> segments).</summary>
    string GetFullPath(string path);

    /// <summary>True when a file exists at <paramref name="path"/>.</summary>
    bool FileExists(string path);

    /// <summary>True when a directory exists at <paramref name="path"/>.</summary>
    bool DirectoryExists(string path);

    /// <summary>The file's length and version, which change whenever it is written.</summary>
    FileStamp Stamp(string path);

    /// <summary>Reads a whole file.</summary>
    byte[] ReadAllBytes(string path);

    /// <summary>The files below <paramref name="directory"/> (all levels when <paramref name="recursive"/>), sorted ordinally.</summary>
    IReadOnlyList<string> ListFiles(string directory, bool recursive);

    /// <summary>Writes a whole file, creating its directory.</summary>
    void WriteAllBytes(string path, ReadOnlySpan<byte> content);

    /// <summary>
    /// Writes a new file into a folder that exists (the caller made it): for publishing many files, without the cost
    /// of making sure of the folder, truncating, or locking for each one.
    /// </summary>
    void CreateFile(string path, ReadOnlySpan<byte> content) => WriteAllBytes(path, content);

    /// <summary>Deletes a file; does nothing when there is none.</summary>
    void DeleteFile(string path);

    /// <summary>Creates a directory and its parents.</summary>
    void CreateDirectory(string path);

    /// <summary>Deletes a directory and everything in it.</summary>
    void DeleteDirectory(string path);

    /// <summary>Renames a directory; the destination must not exist.</summary>
    void MoveDirectory(string source, string destination);

    /// <summary>Renames a file in one atomic step, replacing any file at <paramref name="destination"/>.</summary>
    void MoveFile(string source, string destination);

    /// <summary>
    /// Makes <paramref name="link"/> a second name for the file at <paramref name="existing"/> (a hard link), creating
    /// its directory. False when the file system cannot, and the caller writes the file instead.
    /// </summary>
    bool TryLinkFile(string existing, string link) => false;

    /// <summary>
    /// The target written in the symbolic link at <paramref name="path"/> (as written, possibly relative), or null
    /// when <paramref name="path"/> is not a symbolic link. File systems without links return null.
    /// </summary>
    string? ReadLink(string path) => null;

    /// <summary>
    /// Where <paramref name="path"/> really is, with every symbolic link on the way resolved; null when it leads
    /// nowhere (missing, or a link whose target is missing). File systems without links return the full path.
    /// </summary>
    string? ResolveLinks(string path)
    {
        var full = GetFullPath(path);
        return FileExists(full) || DirectoryExists(full) ? full : null;
    }

    /// <summary>
    /// Swaps two directories in one atomic step, so that there is no moment at which either name is missing.
    /// False when the file system cannot, and the caller renames them one at a time.
    /// </summary>
    bool TryExchangeDirectories(string first, string second) => false;
}
