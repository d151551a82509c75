using System.Collections.Frozen;
using PartnershipSite.Configuration;
using PartnershipSite.Content;

namespace PartnershipSite.Caching;

/// <summary>What a <see cref="Setting{T}"/> is read from: the site's settings, the theme's asset names, and the release the work is for.</summary>
/// <param name="Config">The site's settings.</param>
/// <param name="Assets">Each theme asset's fingerprinted path (empty before <c>FingerprintAssets</c>).</param>
/// <param name="Release">The release the unit of work is for.</param>
internal sealed record SettingScope(SiteConfig Config, FrozenDictionary<string, string> Assets, Release Release);
