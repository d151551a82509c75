using System.Collections.Concurrent;
using System.Collections.Immutable;
using PartnershipSite.IO;

namespace PartnershipSite.Caching;

/// <summary>
/// One cacheable piece of work as it runs (a release's PDF, a release's page): it reads files through
/// <see cref="FileSystem"/> and values through <see cref="Use{T}"/>, and both are recorded as the work's cache key.
/// </summary>
internal sealed class WorkUnit
{
    private readonly ConfinedFileSystem _files;
    private readonly SettingScope _scope;
    private readonly ConcurrentDictionary<string, string> _settings = new(StringComparer.Ordinal);

    internal WorkUnit(ConfinedFileSystem files, SettingScope scope, Func<IFileSystem, IFileSystem> view)
    {
        _files = files;
        _scope = scope;
        FileSystem = view(files.Recording(Reads));
    }

    /// <summary>The build's file system, recording each read into <see cref="Reads"/>.</summary>
    public IFileSystem FileSystem { get; }

    /// <summary>What the work has read from the file system so far.</summary>
    public ReadLog Reads { get; } = new();

    /// <summary>Reads <paramref name="setting"/> and records its fingerprint.</summary>
    public T Use<T>(Setting<T> setting)
    {
        var value = setting.Read(_scope);
        _settings[setting.Name] = setting.Fingerprint(value);
        return value;
    }

    /// <summary>
    /// Records a file an earlier step read for this work (a layout it renders with, parsed once by <c>LoadTheme</c>),
    /// with its content hash.
    /// </summary>
    public void DependOn(string path) => Reads.Add(_files.GetFullPath(path), _files.HashOf(_files.GetFullPath(path)));

    /// <summary>Records reads made once for many units of work (the fonts every PDF embeds).</summary>
    public void DependOn(ReadLog reads) => Reads.AddRange(reads);

    /// <summary>The settings used, by name.</summary>
    internal ImmutableArray<SettingUse> SettingsUsed =>
        [.. _settings.Select(s => new SettingUse(s.Key, s.Value)).OrderBy(s => s.Name, StringComparer.Ordinal)];
}
