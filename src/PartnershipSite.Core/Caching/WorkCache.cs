using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Caching;

/// <summary>
/// Runs units of work through the build cache: a unit whose recorded reads and settings all still hold (and that the
/// same tool version made) is reused, from memory in the preview server or from the <see cref="CacheStore"/> on disk;
/// any other is run, recorded and kept. Only work that reported nothing is kept, so a reused result never hides a
/// diagnostic.
/// </summary>
/// <param name="files">The build's confined file system.</param>
/// <param name="store">The cache on disk; null with <c>--no-cache</c> or in memory-only builds.</param>
/// <param name="memory">The preview server's cache between rebuilds; null for a one-off build.</param>
/// <param name="view">What the engine sees above each recording view (the default theme inside the program); none by default.</param>
internal sealed class WorkCache(ConfinedFileSystem files, CacheStore? store, BuildCache? memory, Func<IFileSystem, IFileSystem>? view = null)
{
    private readonly ConcurrentDictionary<string, int> _reused = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _computed = new(StringComparer.Ordinal);

    /// <summary>How many units each table reused in this build.</summary>
    public FrozenDictionary<string, int> Reused => _reused.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>How many units each table had to run in this build.</summary>
    public FrozenDictionary<string, int> Computed => _computed.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The build's file system, recording each read into <paramref name="log"/> (for reads shared by many units).</summary>
    public IFileSystem Recording(ReadLog log) => View(files.Recording(log));

    // What the engine sees above the recording (the default theme, served from the program).
    private Func<IFileSystem, IFileSystem> View { get; } = view ?? (fs => fs);

    /// <summary>
    /// The result of <paramref name="work"/> for <paramref name="unit"/> of <paramref name="table"/>, reused when
    /// nothing it read has changed. <paramref name="source"/> is the display path reused outputs are attributed to, and
    /// <paramref name="provenance"/> their provenance (the work gives its own output the same).
    /// </summary>
    public WorkResult? Run(string table, string unit, string source, Provenance provenance, SettingScope scope, DiagnosticBag diagnostics,
        Func<WorkUnit, DiagnosticBag, WorkResult?> work)
    {
        var remembered = memory is not null && memory.TryGet<Kept>(table, unit, out var kept) ? kept : null;
        var entry = remembered?.Entry ?? store?.Find(table, unit);
        if (entry is not null && IsCurrent(entry, scope))
        {
            if (Content(entry, remembered) is { } content)
            {
                memory?.Set(table, unit, new Kept(entry, content));
                _reused.AddOrUpdate(table, 1, (_, n) => n + 1);
                return new WorkResult(new OutputFile(entry.Path, content, source, provenance), entry.Extra);
            }
        }
        var bag = new DiagnosticBag();
        var recorder = new WorkUnit(files, scope, View);
        var result = work(recorder, bag);
        var reported = bag.ToSortedArray();
        foreach (var diagnostic in reported)
        {
            diagnostics.Add(diagnostic);
        }
        _computed.AddOrUpdate(table, 1, (_, n) => n + 1);
        memory?.CountComputed(table);
        if (result is not null && reported.IsEmpty && (store is not null || memory is not null))
        {
            var content = result.File.Content;
            var made = new CacheEntry(ToolVersion.Current, unit, recorder.Reads.Reads, recorder.SettingsUsed, result.File.Path,
                ContentHash.Of(content.Span), content.Length, result.Extra);
            store?.Save(table, made, content.Span);
            if (entry is not null && entry.Blob != made.Blob)
            {
                store?.DeleteBlobOf(entry);
            }
            memory?.Set(table, unit, new Kept(made, content));
        }
        return result;
    }

    /// <summary>
    /// The result of <paramref name="work"/> for <paramref name="unit"/> of <paramref name="table"/> when the work reads
    /// no files but is given values in memory (a page's bytes and what its checks know of it): <paramref name="key"/>
    /// is the hash of all of them, made by the caller from exactly what it hands the work. The result is reused while
    /// the key and the tool are the same, from memory in the preview server or from the store as JSON (checked against
    /// its hash like any blob; one that does not read back is made again).
    /// </summary>
    public T Remember<T>(string table, string unit, string key, JsonSerializerOptions json, Func<T> work)
        where T : class
    {
        if (memory is not null && memory.TryGet<Value>(table, unit, out var kept) && kept!.Key == key && kept.Result is T remembered)
        {
            _reused.AddOrUpdate(table, 1, (_, n) => n + 1);
            return remembered;
        }
        var entry = store?.Find(table, unit);
        // The blob starts with the key and the unit: it is the unit's own, so another unit that made the same result
        // never shares it, and replacing it deletes nothing another unit needs.
        var prefix = System.Text.Encoding.UTF8.GetBytes($"{key}\n{table}/{unit}\n");
        if (entry is not null && entry.Tool == ToolVersion.Current && entry.Extra == key && store!.ReadBlob(entry) is { } bytes
            && bytes.AsSpan().StartsWith(prefix))
        {
            try
            {
                if (JsonSerializer.Deserialize<T>(bytes.AsSpan(prefix.Length), json) is { } read)
                {
                    memory?.Set(table, unit, new Value(key, read));
                    _reused.AddOrUpdate(table, 1, (_, n) => n + 1);
                    return read;
                }
            }
            catch (Exception e) when (e is JsonException or NotSupportedException)
            {
                // Written by a tool that shaped the result differently: made again below.
            }
        }
        var result = work();
        _computed.AddOrUpdate(table, 1, (_, n) => n + 1);
        memory?.CountComputed(table);
        memory?.Set(table, unit, new Value(key, result));
        if (store is not null)
        {
            byte[] content = [.. prefix, .. JsonSerializer.SerializeToUtf8Bytes(result, json)];
            var made = new CacheEntry(ToolVersion.Current, unit, [], [], unit, ContentHash.Of(content), content.Length, key);
            store.Save(table, made, content);
            if (entry is not null && entry.Blob != made.Blob)
            {
                store.DeleteBlobOf(entry);
            }
        }
        return result;
    }

    // A result of Remember kept in memory between rebuilds, with the key it was made under.
    private sealed record Value(string Key, object Result);

    // The output's bytes, from memory or checked from disk; null when missing or damaged. (A null array must never
    // become an empty ReadOnlyMemory: it would be published as an empty file.)
    private ReadOnlyMemory<byte>? Content(CacheEntry entry, Kept? remembered)
    {
        if (remembered is not null && remembered.Entry == entry)
        {
            return remembered.Content;
        }
        if (store?.ReadBlob(entry) is { } read)
        {
            return read;
        }
        return null;
    }

    // A setting's value is made from the scope alone. Between the preview server's rebuilds an unchanged release is
    // the same object, so its fingerprints are remembered by the release's identity and the site's settings, and a
    // rebuild after one edit hashes one release's text, not every release's.
    private string FingerprintIn(ISetting setting, SettingScope scope) =>
        memory is null
            ? setting.FingerprintIn(scope)
            : memory.GetOrAdd("fingerprint:" + setting.Name, (new Identity(scope.Release), SiteFingerprint(scope)), () => setting.FingerprintIn(scope));

    private string SiteFingerprint(SettingScope scope)
    {
        // One build has one configuration and one set of assets; a reference is swapped whole, so threads never tear it.
        var site = _site;
        if (site is null || !ReferenceEquals(site.Config, scope.Config) || !ReferenceEquals(site.Assets, scope.Assets))
        {
            var print = ContentHash.Of(System.Text.Json.JsonSerializer.Serialize(new { scope.Config, Assets = scope.Assets.OrderBy(a => a.Key, StringComparer.Ordinal).ToArray() }));
            site = new SitePrint(scope.Config, scope.Assets, print);
            _site = site;
        }
        return site.Print;
    }

    private SitePrint? _site;

    private sealed record SitePrint(Configuration.SiteConfig Config, FrozenDictionary<string, string> Assets, string Print);

    private bool IsCurrent(CacheEntry entry, SettingScope scope)
    {
        if (entry.Tool != ToolVersion.Current)
        {
            return false;
        }
        foreach (var used in entry.Settings)
        {
            if (!Settings.All.TryGetValue(used.Name, out var setting) || FingerprintIn(setting, scope) != used.Fingerprint)
            {
                return false;
            }
        }
        foreach (var read in entry.Reads)
        {
            if (files.HashOf(read.Path) != read.Hash)
            {
                return false;
            }
        }
        return true;
    }

    // A result the preview server keeps in memory between rebuilds, with the entry it was checked by.
    private sealed record Kept(CacheEntry Entry, ReadOnlyMemory<byte> Content);
}
