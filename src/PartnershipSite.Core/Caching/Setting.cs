using System.Text.Json;
using PartnershipSite.IO;

namespace PartnershipSite.Caching;

/// <summary>
/// A typed accessor for one value a unit of work uses (a site setting, a view of the release): reading it through
/// <see cref="WorkUnit.Use{T}"/> records its fingerprint in the work's cache key, so no step writes a key by hand.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="name">The name the cache records it under (unique in <see cref="Settings.All"/>).</param>
/// <param name="read">Reads the value.</param>
/// <param name="print">The bytes the fingerprint hashes; JSON of the value when omitted.</param>
internal sealed class Setting<T>(string name, Func<SettingScope, T> read, Func<T, byte[]>? print = null) : ISetting
{
    /// <inheritdoc />
    public string Name { get; } = name;

    /// <summary>The value in <paramref name="scope"/>.</summary>
    public T Read(SettingScope scope) => read(scope);

    /// <summary>The hash of <paramref name="value"/>.</summary>
    public string Fingerprint(T value) => ContentHash.Of(print is null ? JsonSerializer.SerializeToUtf8Bytes(value) : print(value));

    /// <inheritdoc />
    public string FingerprintIn(SettingScope scope) => Fingerprint(Read(scope));
}
