using System.Collections.Frozen;
using System.Collections.Immutable;

namespace PartnershipSite.Checks;

/// <summary>What the link and site checks need to know about the whole site once every page has been read.</summary>
/// <param name="BaseUrl">The URL the site is served from.</param>
/// <param name="Files">Every output path (case-sensitive, as static hosts are).</param>
/// <param name="Pages">Facts about each HTML page, by output path.</param>
/// <param name="Links">Every link found in every output, in a stable order.</param>
/// <param name="DisplayPath">How diagnostics show an output path.</param>
internal sealed record SiteIndex(
    Uri BaseUrl,
    FrozenSet<string> Files,
    FrozenDictionary<string, PageFacts> Pages,
    ImmutableArray<FoundLink> Links,
    Func<string, string> DisplayPath)
{
    /// <summary>The site's permanent redirects (<c>_redirects</c>): old path, from the host's root, to its new path.</summary>
    public FrozenDictionary<string, string> Redirects { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Where an old site path now leads, when <c>_redirects</c> moves it; null otherwise.</summary>
    public string? MovedTo(string sitePath)
    {
        var path = BaseUrl.AbsolutePath + sitePath;
        return Redirects.TryGetValue(path, out var to) || Redirects.TryGetValue(path.TrimEnd('/'), out to)
            || Redirects.TryGetValue(path.TrimEnd('/') + "/", out to) ? to : null;
    }

    /// <summary>The output file a site path is served from, or null when the site has none.</summary>
    public string? Resolve(string sitePath) => SiteUrls.Candidates(sitePath).FirstOrDefault(Files.Contains);
}
