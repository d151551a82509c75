using System.Collections.Frozen;
using System.Collections.Immutable;

namespace PartnershipSite.Checks;

/// <summary>What the link and site checks need to know about the whole site once every page has been read.</summary>
/// <param name="BaseUrl">The URL the site is served from.</param>
/// <param name="Files">Every output path (case-sensitive, as static hosts are).</param>
/// <param name="Pages">Facts about each HTML page, by output path.</param>
/// <param name="Links">Every link found in every output, in a stable order.</param>
/// <param name="DisplayPath">How diagnostics show an output path.</param>
public sealed record SiteIndex(
    Uri BaseUrl,
    FrozenSet<string> Files,
    FrozenDictionary<string, PageFacts> Pages,
    ImmutableArray<FoundLink> Links,
    Func<string, string> DisplayPath)
{
    /// <summary>The output file a site path is served from, or null when the site has none.</summary>
    public string? Resolve(string sitePath) => SiteUrls.Candidates(sitePath).FirstOrDefault(Files.Contains);
}
