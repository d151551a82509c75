using System.Collections.Immutable;

namespace PartnershipSite.Feeds;

/// <summary>One feed the site publishes, as data: where it is written, its MIME type and the name readers see.</summary>
/// <param name="Path">The path inside the site, e.g. <c>feed.xml</c>.</param>
/// <param name="MediaType">The MIME type that <c>&lt;link rel="alternate"&gt;</c> announces.</param>
/// <param name="Name">The format's name, e.g. "RSS".</param>
internal sealed record FeedFormat(string Path, string MediaType, string Name)
{
    /// <summary>RSS 2.0, the format most feed readers subscribe to.</summary>
    public static FeedFormat Rss { get; } = new("feed.xml", "application/rss+xml", "RSS");

    /// <summary>Atom 1.0 (RFC 4287).</summary>
    public static FeedFormat Atom { get; } = new("atom.xml", "application/atom+xml", "Atom");

    /// <summary>JSON Feed 1.1.</summary>
    public static FeedFormat Json { get; } = new("feed.json", "application/feed+json", "JSON Feed");

    /// <summary>Every feed, in the order pages announce them (RSS first, as readers pick the first).</summary>
    public static ImmutableArray<FeedFormat> All { get; } = [Rss, Atom, Json];
}
