using System.Collections.Concurrent;

namespace PartnershipSite.IO;

/// <summary>A file system held in memory, rooted at <c>/</c>: for whole-site tests and previews.</summary>
internal sealed class InMemoryFileSystem : IFileSystem
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);
    private long _writes;

    /// <summary>An empty file system whose working directory is <paramref name="currentDirectory"/>.</summary>
    public InMemoryFileSystem(string currentDirectory = "/site")
    {
        CurrentDirectory = Normalise(currentDirectory);
        CreateDirectory(CurrentDirectory);
    }

    /// <summary>Where relative paths start.</summary>
    public string CurrentDirectory { get; }

    /// <summary>Every file, sorted by path.</summary>
    public IReadOnlyList<string> AllFiles => [.. _files.Keys.Order(StringComparer.Ordinal)];

    /// <inheritdoc />
    public string GetFullPath(string path) =>
        Normalise(path.StartsWith('/') ? path : CurrentDirectory + "/" + path);

    /// <inheritdoc />
    public bool FileExists(string path) => _files.ContainsKey(GetFullPath(path));

    /// <inheritdoc />
    public bool DirectoryExists(string path) => _directories.ContainsKey(GetFullPath(path));

    /// <inheritdoc />
    public FileStamp Stamp(string path)
    {
        var full = GetFullPath(path);
        return new FileStamp(ReadAllBytes(full).Length, _versions.GetValueOrDefault(full));
    }

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(GetFullPath(path), out var bytes)
            ? bytes
            : throw new FileNotFoundException($"No file at {path}.", path);

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles(string directory, bool recursive)
    {
        var prefix = GetFullPath(directory).TrimEnd('/') + "/";
        return [.. _files.Keys
            .Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && (recursive || !f[prefix.Length..].Contains('/')))
            .Order(StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        var full = GetFullPath(path);
        CreateDirectory(full[..full.LastIndexOf('/')]);
        _files[full] = content.ToArray();
        _versions[full] = Interlocked.Increment(ref _writes);
    }

    /// <summary>Writes a UTF-8 text file.</summary>
    public void WriteAllText(string path, string text) => WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <inheritdoc />
    public void DeleteFile(string path) => _files.TryRemove(GetFullPath(path), out _);

    /// <inheritdoc />
    public void CreateDirectory(string path)
    {
        for (var dir = GetFullPath(path); dir.Length > 0; dir = dir[..dir.LastIndexOf('/')])
        {
            _directories[dir] = true;
        }
        _directories["/"] = true;
    }

    /// <inheritdoc />
    public void DeleteDirectory(string path)
    {
        var full = GetFullPath(path);
        if (!_directories.ContainsKey(full))
        {
            throw new DirectoryNotFoundException($"No directory at {path}.");
        }
        foreach (var key in _files.Keys.Where(k => IsAtOrBelow(k, full)))
        {
            _files.TryRemove(key, out _);
        }
        foreach (var key in _directories.Keys.Where(k => IsAtOrBelow(k, full)))
        {
            _directories.TryRemove(key, out _);
        }
    }

    /// <inheritdoc />
    public bool TryLinkFile(string existing, string link)
    {
        if (!_files.TryGetValue(GetFullPath(existing), out var bytes))
        {
            return false;
        }
        var full = GetFullPath(link);
        CreateDirectory(full[..full.LastIndexOf('/')]);
        // The same array under two names, as a hard link is the same inode: contents are never changed in place.
        _files[full] = bytes;
        return true;
    }

    /// <inheritdoc />
    public void MoveFile(string source, string destination)
    {
        var from = GetFullPath(source);
        var to = GetFullPath(destination);
        if (!_files.TryRemove(from, out var bytes))
        {
            throw new FileNotFoundException($"No file at {source}.", source);
        }
        CreateDirectory(to[..to.LastIndexOf('/')]);
        _files[to] = bytes;
        _versions[to] = Interlocked.Increment(ref _writes);
    }

    /// <inheritdoc />
    public void MoveDirectory(string source, string destination)
    {
        var from = GetFullPath(source);
        var to = GetFullPath(destination);
        if (!_directories.ContainsKey(from) || _directories.ContainsKey(to) || _files.ContainsKey(to))
        {
            throw new IOException($"Cannot move {source} to {destination}.");
        }
        foreach (var key in _files.Keys.Where(k => IsAtOrBelow(k, from)).ToList())
        {
            _files.TryRemove(key, out var bytes);
            _files[to + key[from.Length..]] = bytes!;
            _versions[to + key[from.Length..]] = Interlocked.Increment(ref _writes);
        }
        foreach (var key in _directories.Keys.Where(k => IsAtOrBelow(k, from)).ToList())
        {
            _directories.TryRemove(key, out _);
            _directories[to + key[from.Length..]] = true;
        }
        CreateDirectory(to);
    }

    private static bool IsAtOrBelow(string path, string directory) =>
        path == directory || path.StartsWith(directory + "/", StringComparison.Ordinal);

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }
        return "/" + string.Join('/', parts);
    }
}
