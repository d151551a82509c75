using System.Collections.Concurrent;
using System.Text.Json;
using PartnershipSite.IO;

namespace PartnershipSite.Checks;

/// <summary>
/// Passing external-link results kept between builds in a JSON file, so unchanged links are not requested on
/// every build. Only passes are kept: a failure is always requested again. Entries older than the maximum age
/// are ignored and dropped.
/// </summary>
internal sealed class LinkCache
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly ConcurrentDictionary<string, Entry> _entries;
    private readonly TimeSpan _maxAge;
    private readonly DateTimeOffset _now;

    private LinkCache(Dictionary<string, Entry> entries, TimeSpan maxAge, DateTimeOffset now)
    {
        _entries = new ConcurrentDictionary<string, Entry>(entries, StringComparer.Ordinal);
        _maxAge = maxAge;
        _now = now;
    }

    /// <summary>Loads the cache from <paramref name="path"/>; a missing or unreadable file is an empty cache.</summary>
    public static LinkCache Load(IFileSystem fileSystem, string? path, TimeSpan maxAge, DateTimeOffset now)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (path is not null && fileSystem.FileExists(path))
        {
            try
            {
                entries = JsonSerializer.Deserialize<Dictionary<string, Entry>>(fileSystem.ReadAllBytes(path), Json) ?? entries;
            }
            catch (JsonException)
            {
                // A damaged cache only costs requests: start again.
            }
        }
        return new LinkCache(entries, maxAge, now);
    }

    /// <summary>The cached result for <paramref name="url"/>, if it passed within the maximum age.</summary>
    public LinkCheckResult? Find(Uri url) =>
        _entries.TryGetValue(url.AbsoluteUri, out var entry) && _now - entry.Checked <= _maxAge && entry.Checked <= _now
            ? new LinkCheckResult(url, LinkOutcome.Cached, entry.Status, entry.FinalUrl, entry.Redirect ?? "")
            : null;

    /// <summary>Remembers a passing result (failures are not kept).</summary>
    public void Add(LinkCheckResult result)
    {
        if (result.Outcome is LinkOutcome.Ok or LinkOutcome.Redirected)
        {
            _entries[result.Url.AbsoluteUri] = result.Outcome == LinkOutcome.Redirected
                ? new Entry(_now, result.Status ?? 200, result.FinalUrl, result.Detail)
                : new Entry(_now, result.Status ?? 200);
        }
    }

    /// <summary>Writes the entries still within the maximum age to <paramref name="path"/>, sorted by URL.</summary>
    public void Save(IFileSystem fileSystem, string path)
    {
        var live = _entries
            .Where(e => _now - e.Value.Checked <= _maxAge)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        fileSystem.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(live, Json));
    }

    /// <summary>One cached pass: when it was checked, the status it answered and, for a redirect, where it ended and its first status.</summary>
    public sealed record Entry(DateTimeOffset Checked, int Status, Uri? FinalUrl = null, string? Redirect = null);
}
