namespace PartnershipSite.IO;

/// <summary>
/// What changes when a file is rewritten: its length and a version (the last-write time on disk, a write counter
/// in memory). Lets a rebuild skip reading files that have not changed since the last one.
/// </summary>
public readonly record struct FileStamp(long Length, long Version);
