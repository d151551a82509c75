using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace PartnershipSite.IO;

/// <summary>
/// The policy for what the engine may read, applied to every read it makes: a file is read only when its real
/// location, with every symbolic link on the way resolved, lies inside a trusted folder (the input, the theme, the
/// output). A link that leads outside them or nowhere, and a path outside them, is refused and reported through
/// <paramref name="refused"/>; it then looks like a missing file to the caller (a read throws
/// <see cref="RefusedReadException"/>), so no file from outside the input can reach the site. A link that stays
/// inside is followed, and a folder reached twice (a link loop) is listed once.
/// </summary>
/// <param name="inner">The file system that does the work.</param>
/// <param name="refused">Told of each refused read (possibly more than once for the same path).</param>
internal sealed class ConfinedFileSystem(IFileSystem inner, Action<RefusedRead> refused) : IFileSystem
{
    private ImmutableArray<string> _roots = [];
    private ImmutableArray<string> _namedRoots = [];
    // The content hash of every file read in this build, so a cache key never hashes one file twice.
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    /// <summary>
    /// This file system for one unit of work, recording in <paramref name="log"/> the (path, content hash) of each
    /// file it reads, each missing file it asks for and each folder it lists: what the build cache keys the work by.
    /// </summary>
    public IFileSystem Recording(ReadLog log) => new RecordingFileSystem(this, log);

    /// <summary>
    /// What <paramref name="path"/> holds now, in the form a <see cref="ReadLog"/> recorded it: a content hash, absent,
    /// or a listing's hash for a path ending in <c>/</c> (<c>/**</c> for a recursive listing). A refused path is
    /// answered quietly with a value no read records, so the work runs again and reports it.
    /// </summary>
    public string HashOf(string path)
    {
        if (path.EndsWith('/') || path.EndsWith("/**", StringComparison.Ordinal))
        {
            var recursive = path.EndsWith("/**", StringComparison.Ordinal);
            var folder = path[..^(recursive ? 3 : 1)];
            return Refusal(folder, report: false) is null ? ListingHash(ListFiles(folder, recursive)) : "refused";
        }
        if (_hashes.TryGetValue(path, out var known))
        {
            return known;
        }
        if (Refusal(path, report: false) is not null)
        {
            return "refused";
        }
        return inner.FileExists(path) ? Remember(path, inner.ReadAllBytes(path)) : ContentHash.Absent;
    }

    /// <summary>The hash a folder listing is recorded with.</summary>
    internal static string ListingHash(IReadOnlyList<string> files) => ContentHash.Of(string.Join('\n', files));

    // Hashes bytes just read from `full` and keeps the hash for the rest of the build.
    internal string Remember(string full, byte[] bytes) => _hashes.GetOrAdd(full, _ => ContentHash.Of(bytes));

    /// <summary>
    /// Adds a trusted folder. The build trusts the input and output folders at the start and the theme folder once
    /// <c>site.yml</c> names it (and the link cache's folder); folders are only ever added, never removed.
    /// </summary>
    public void Trust(string folder)
    {
        // The folder itself may be reached through a link the user made (input -> /srv/site): its real location counts.
        var named = inner.GetFullPath(folder);
        var real = inner.ResolveLinks(folder) ?? named;
        ImmutableInterlocked.Update(ref _roots, roots => roots.Contains(real) ? roots : roots.Add(real));
        ImmutableInterlocked.Update(ref _namedRoots, roots => roots.Contains(named) ? roots : roots.Add(named));
    }

    /// <summary>Whether <paramref name="path"/> may be read; reports the link that makes it unreadable.</summary>
    public bool IsAllowed(string path) => Refusal(path) is null;

    /// <inheritdoc />
    public string GetFullPath(string path) => inner.GetFullPath(path);

    /// <inheritdoc />
    public bool FileExists(string path) => IsNamedOutside(path) ? inner.FileExists(path) : IsAllowed(path) && inner.FileExists(path);

    /// <inheritdoc />
    public bool DirectoryExists(string path) => IsNamedOutside(path) ? inner.DirectoryExists(path) : IsAllowed(path) && inner.DirectoryExists(path);

    // Asking whether something exists outside the trusted folders (is there a .git above the input?) reads nothing,
    // so it is answered as asked; only reads, and questions about paths inside, follow the policy.
    private bool IsNamedOutside(string path) => !IsInside(inner.GetFullPath(path), _namedRoots);

    /// <inheritdoc />
    public FileStamp Stamp(string path) => Refusal(path) is { } refusal ? throw new RefusedReadException(refusal) : inner.Stamp(path);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) =>
        Refusal(path) is { } refusal ? throw new RefusedReadException(refusal) : inner.ReadAllBytes(path);

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles(string directory, bool recursive)
    {
        if (Refusal(directory) is not null)
        {
            return [];
        }
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([directory]);
        while (pending.TryPop(out var folder))
        {
            if (!visited.Add(inner.ResolveLinks(folder) ?? folder))
            {
                continue;
            }
            foreach (var path in inner.ListFiles(folder, recursive))
            {
                if (inner.ReadLink(path) is null)
                {
                    files.Add(path);
                }
                else if (IsAllowed(path))
                {
                    // A link that stays inside: a file is listed under the link's name, a folder is listed through it.
                    if (inner.DirectoryExists(path))
                    {
                        if (recursive)
                        {
                            pending.Push(path);
                        }
                    }
                    else
                    {
                        files.Add(path);
                    }
                }
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <inheritdoc />
    public void WriteAllBytes(string path, ReadOnlySpan<byte> content) => inner.WriteAllBytes(path, content);

    /// <inheritdoc />
    public void CreateFile(string path, ReadOnlySpan<byte> content) => inner.CreateFile(path, content);

    /// <inheritdoc />
    public void DeleteFile(string path) => inner.DeleteFile(path);

    /// <inheritdoc />
    public void CreateDirectory(string path) => inner.CreateDirectory(path);

    /// <inheritdoc />
    public void DeleteDirectory(string path) => inner.DeleteDirectory(path);

    /// <inheritdoc />
    public void MoveDirectory(string source, string destination) => inner.MoveDirectory(source, destination);

    /// <inheritdoc />
    public void MoveFile(string source, string destination) => inner.MoveFile(source, destination);

    /// <inheritdoc />
    public bool TryLinkFile(string existing, string link) => IsAllowed(existing) && inner.TryLinkFile(existing, link);

    /// <inheritdoc />
    public string? ReadLink(string path) => inner.ReadLink(path);

    /// <inheritdoc />
    public string? ResolveLinks(string path) => inner.ResolveLinks(path);

    /// <inheritdoc />
    public bool TryExchangeDirectories(string first, string second) => inner.TryExchangeDirectories(first, second);

    private RefusedRead? Refusal(string path, bool report = true)
    {
        var full = inner.GetFullPath(path);
        var real = inner.ResolveLinks(full);
        RefusedRead? refusal;
        if (real is null)
        {
            // A missing file is the caller's to report; a link to nothing is ours, naming the link.
            refusal = FirstLink(full) is { } link && inner.ResolveLinks(link) is null
                ? new RefusedRead(link, inner.ReadLink(link), null)
                : null;
        }
        else if (IsInside(real, _roots))
        {
            refusal = null;
        }
        else
        {
            var link = FirstLink(full);
            refusal = link is null
                ? new RefusedRead(full, null, real)
                : new RefusedRead(link, inner.ReadLink(link), inner.ResolveLinks(link));
        }
        if (refusal is not null && report)
        {
            refused(refusal);
        }
        return refusal;
    }

    private static bool IsInside(string path, ImmutableArray<string> roots)
    {
        foreach (var root in roots)
        {
            if (path == root || path.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // The first component of the path, from the top, that is a symbolic link: the one to name in a diagnostic.
    private string? FirstLink(string full)
    {
        var parts = new List<string>();
        for (var dir = full; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            parts.Add(dir);
        }
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            if (inner.ReadLink(parts[i]) is not null)
            {
                return parts[i];
            }
        }
        return null;
    }
}
