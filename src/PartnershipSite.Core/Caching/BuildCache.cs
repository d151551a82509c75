using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace PartnershipSite.Caching;

/// <summary>
/// Remembers per-item step work between builds of one site (the preview server's rebuilds), so an edit re-does
/// only what it changed: steps look results up by a key that holds every input of the work (see
/// <c>BuildContext.Memo</c>). After each completed build, entries that build did not use are
/// dropped, so the cache holds one site's worth. <c>build</c> runs without one.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, Table> _tables = new(StringComparer.Ordinal);

    /// <summary>How many results each table had to compute (not reuse) in the last completed build.</summary>
    public FrozenDictionary<string, int> ComputedInLastBuild { get; private set; } = FrozenDictionary<string, int>.Empty;

    /// <summary>The value for <paramref name="key"/> in <paramref name="table"/>, computed by <paramref name="create"/> when absent.</summary>
    public TValue GetOrAdd<TKey, TValue>(string table, TKey key, Func<TValue> create)
        where TKey : notnull
    {
        var entries = _tables.GetOrAdd(table, _ => new Table());
        if (entries.Current.TryGetValue(key, out var found) || entries.Previous.TryRemove(key, out found))
        {
            entries.Current[key] = found;
            return (TValue)found!;
        }
        var value = create();
        entries.Current[key] = value;
        Interlocked.Increment(ref entries.Computed);
        return value;
    }

    /// <summary>
    /// The value kept for <paramref name="key"/> in <paramref name="table"/> by this build or the last, if any; found
    /// values count as used by this build.
    /// </summary>
    public bool TryGet<TValue>(string table, object key, out TValue? value)
    {
        var entries = _tables.GetOrAdd(table, _ => new Table());
        if ((entries.Current.TryGetValue(key, out var found) || entries.Previous.TryRemove(key, out found)) && found is TValue typed)
        {
            entries.Current[key] = found;
            value = typed;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/> in <paramref name="table"/>, replacing any earlier value.</summary>
    public void Set(string table, object key, object value) => _tables.GetOrAdd(table, _ => new Table()).Current[key] = value;

    /// <summary>Counts one result of <paramref name="table"/> computed rather than reused.</summary>
    public void CountComputed(string table) => Interlocked.Increment(ref _tables.GetOrAdd(table, _ => new Table()).Computed);

    /// <summary>Called by <c>SiteBuilder</c> when a build has run to the end: forgets what it did not use.</summary>
    internal void EndBuild()
    {
        ComputedInLastBuild = _tables.ToFrozenDictionary(t => t.Key, t => t.Value.Computed, StringComparer.Ordinal);
        foreach (var table in _tables.Values)
        {
            table.Previous = table.Current;
            table.Current = new ConcurrentDictionary<object, object?>();
            table.Computed = 0;
        }
    }

    // Current: entries the build in progress has used; Previous: the last completed build's, not yet used again.
    private sealed class Table
    {
        public ConcurrentDictionary<object, object?> Current = new();
        public ConcurrentDictionary<object, object?> Previous = new();
        public int Computed;
    }
}
