using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace PartnershipSite.IO;

/// <summary>
/// The set of (path, content hash) one unit of work read, filled by <see cref="ConfinedFileSystem.Recording"/>: what
/// the build cache keys the work's result by. Safe to fill from several threads.
/// </summary>
internal sealed class ReadLog
{
    private readonly ConcurrentDictionary<string, string> _reads = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="path"/> held <paramref name="hash"/>.</summary>
    public void Add(string path, string hash) => _reads[path] = hash;

    /// <summary>Records everything <paramref name="other"/> holds (reads made once for many units, such as fonts).</summary>
    public void AddRange(ReadLog other)
    {
        foreach (var (path, hash) in other._reads)
        {
            _reads[path] = hash;
        }
    }

    /// <summary>The reads, sorted by path.</summary>
    public ImmutableArray<FileRead> Reads =>
        [.. _reads.Select(r => new FileRead(r.Key, r.Value)).OrderBy(r => r.Path, StringComparer.Ordinal)];
}
