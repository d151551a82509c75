namespace PartnershipSite.Caching;

/// <summary>A setting a unit of work used, and the fingerprint of the value it had.</summary>
internal sealed record SettingUse(string Name, string Fingerprint);
