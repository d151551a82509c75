namespace PartnershipSite.Caching;

/// <summary>A setting a unit of work used, and the fingerprint of the value it had.</summary>
public sealed record SettingUse(string Name, string Fingerprint);
