namespace PartnershipSite.IO;

/// <summary>
/// The confined file system as one unit of work sees it: every read goes through the confinement and is recorded in
/// a <see cref="ReadLog"/> (a file's content hash, a missing file as absent, a folder's listing), so the work's
/// cache key is made from what it really read. Made by <see cref="ConfinedFileSystem.Recording"/>.
/// </summary>
internal sealed class RecordingFileSystem(ConfinedFileSystem inner, ReadLog log) : IFileSystem
{
    public string GetFullPath(string path) => inner.GetFullPath(path);

    public bool FileExists(string path)
    {
        var exists = inner.FileExists(path);
        if (!exists)
        {
            log.Add(inner.GetFullPath(path), ContentHash.Absent);
        }
        return exists;
    }

    public bool DirectoryExists(string path) => inner.DirectoryExists(path);

    public FileStamp Stamp(string path) => inner.Stamp(path);

    public byte[] ReadAllBytes(string path)
    {
        var full = inner.GetFullPath(path);
        var bytes = inner.ReadAllBytes(full);
        log.Add(full, inner.Remember(full, bytes));
        return bytes;
    }

    public IReadOnlyList<string> ListFiles(string directory, bool recursive)
    {
        var files = inner.ListFiles(directory, recursive);
        log.Add(FileRead.ListingPath(inner.GetFullPath(directory)) + (recursive ? "**" : ""), ConfinedFileSystem.ListingHash(files));
        return files;
    }

    public void WriteAllBytes(string path, ReadOnlySpan<byte> content) => inner.WriteAllBytes(path, content);

    public void DeleteFile(string path) => inner.DeleteFile(path);

    public void CreateDirectory(string path) => inner.CreateDirectory(path);

    public void DeleteDirectory(string path) => inner.DeleteDirectory(path);

    public void MoveDirectory(string source, string destination) => inner.MoveDirectory(source, destination);

    public void MoveFile(string source, string destination) => inner.MoveFile(source, destination);

    public bool TryLinkFile(string existing, string link) => inner.TryLinkFile(existing, link);

    public string? ReadLink(string path) => inner.ReadLink(path);

    public string? ResolveLinks(string path) => inner.ResolveLinks(path);

    public bool TryExchangeDirectories(string first, string second) => inner.TryExchangeDirectories(first, second);
}
