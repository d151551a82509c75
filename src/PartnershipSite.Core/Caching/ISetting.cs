namespace PartnershipSite.Caching;

/// <summary>A value a unit of work may use, named so that the cache can read it again to see whether it changed.</summary>
internal interface ISetting
{
    /// <summary>The name the cache records the setting under.</summary>
    string Name { get; }

    /// <summary>The hash of the setting's current value in <paramref name="scope"/>.</summary>
    string FingerprintIn(SettingScope scope);
}
