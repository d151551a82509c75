using System.Text;
using System.Text.Json;
using PartnershipSite.IO;

namespace PartnershipSite.Caching;

/// <summary>
/// The persistent build cache on disk. Each unit of work has one entry, <c>units/&lt;table&gt;/&lt;hash of the unit&gt;</c>:
/// the hash of its JSON on the first line, then the JSON (<see cref="CacheEntry"/>). Outputs are blobs named by the
/// hash of their content, <c>blobs/&lt;2 digits&gt;/&lt;hash&gt;</c>. Every file is written to a temporary name and
/// renamed into place, and checked against its hash when read back: a partial or corrupt file is a miss, deleted and
/// made again, never published. A failure to write only costs the next build the work.
/// </summary>
/// <param name="files">The build's file system, which trusts <paramref name="folder"/>.</param>
/// <param name="folder">The cache folder.</param>
/// <param name="siteRoot">The folder that holds the input (and usually the theme): paths below it are kept relative
/// to it, so the cache still fits when the site is checked out somewhere else.</param>
internal sealed class CacheStore(IFileSystem files, string folder, string siteRoot)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly string _root = siteRoot.TrimEnd('/') + "/";

    /// <summary>The cache folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>The entry kept for <paramref name="unit"/> of <paramref name="table"/>, with absolute paths; null when there is none or it is damaged.</summary>
    public CacheEntry? Find(string table, string unit)
    {
        var path = EntryPath(table, unit);
        try
        {
            if (!files.FileExists(path))
            {
                return null;
            }
            var bytes = files.ReadAllBytes(path);
            var newline = Array.IndexOf(bytes, (byte)'\n');
            if (newline == 64 && Encoding.ASCII.GetString(bytes, 0, 64) == ContentHash.Of(bytes.AsSpan(65))
                && JsonSerializer.Deserialize<CacheEntry>(bytes.AsSpan(65), Json) is { } entry && entry.Unit == unit)
            {
                return entry with { Reads = [.. entry.Reads.Select(r => r with { Path = r.Path.StartsWith('/') ? r.Path : _root + r.Path })] };
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            // Unreadable or not JSON: treated as damaged below.
        }
        Forget(path);
        return null;
    }

    /// <summary>The output <paramref name="entry"/> names, checked against its hash; null (and the blob deleted) when missing or damaged.</summary>
    public byte[]? ReadBlob(CacheEntry entry)
    {
        if (entry.Inline is { } inline)
        {
            return inline.Length == entry.Length && ContentHash.Of(inline) == entry.Blob ? inline : null;
        }
        var path = BlobPath(entry.Blob);
        try
        {
            if (files.FileExists(path) && files.ReadAllBytes(path) is { } bytes && bytes.Length == entry.Length && ContentHash.Of(bytes) == entry.Blob)
            {
                return bytes;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // As damaged.
        }
        Forget(path);
        return null;
    }

    /// <summary>Keeps <paramref name="entry"/> and its output: the blob first, so an entry never names a blob that was not written.</summary>
    public void Save(string table, CacheEntry entry, ReadOnlySpan<byte> content)
    {
        try
        {
            if (content.Length <= InlineLimit)
            {
                entry = entry with { Inline = content.ToArray() };
            }
            else if (BlobPath(entry.Blob) is var blob && !files.FileExists(blob))
            {
                WriteAtomically(blob, content);
            }
            var relative = entry with { Reads = [.. entry.Reads.Select(r => r.Path.StartsWith(_root, StringComparison.Ordinal) ? r with { Path = r.Path[_root.Length..] } : r)] };
            var json = JsonSerializer.SerializeToUtf8Bytes(relative, Json);
            WriteAtomically(EntryPath(table, entry.Unit), [.. Encoding.ASCII.GetBytes(ContentHash.Of(json) + "\n"), .. json]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk or a read-only cache: the build goes on, and the next one does this work again.
        }
    }

    /// <summary>Deletes the blob of <paramref name="replaced"/>, an entry replaced by a newer one that no longer needs it.</summary>
    public void DeleteBlobOf(CacheEntry replaced)
    {
        if (replaced.Inline is null)
        {
            Forget(BlobPath(replaced.Blob));
        }
    }

    // Outputs this small are kept in their entry: most of the checks' findings (a release with nothing to report).
    private const int InlineLimit = 4096;

    private void WriteAtomically(string path, ReadOnlySpan<byte> content)
    {
        // A unique temporary name per writer, so two builds sharing the folder never write into one file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        files.WriteAllBytes(temporary, content);
        files.MoveFile(temporary, path);
    }

    private void Forget(string path)
    {
        try
        {
            files.DeleteFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next write to replace.
        }
    }

    private string EntryPath(string table, string unit) => Path.Join(Folder, "units", table, ContentHash.Of(unit));

    private string BlobPath(string hash) => Path.Join(Folder, "blobs", hash[..2], hash);
}
