using PartnershipSite.Configuration;
using PartnershipSite.Content;

namespace PartnershipSite.Feeds;

/// <summary>
/// A feed entry written once in each format (an RSS <c>item</c>, an Atom <c>entry</c>, a JSON Feed item), to be
/// spliced unchanged into every feed that carries it: the site's, and one per topic and organisation.
/// </summary>
/// <param name="Entry">What the fragments were written from.</param>
/// <param name="Rss">The RSS 2.0 <c>item</c>, UTF-8, indented for its place in <c>rss/channel</c>.</param>
/// <param name="Atom">The Atom <c>entry</c>, UTF-8, indented for its place in <c>feed</c>.</param>
/// <param name="Json">The JSON Feed item, UTF-8, indented for its place in <c>items</c>.</param>
internal sealed record PreparedEntry(FeedEntry Entry, ReadOnlyMemory<byte> Rss, ReadOnlyMemory<byte> Atom, ReadOnlyMemory<byte> Json)
{
    /// <summary>Writes <paramref name="entry"/> in the three formats.</summary>
    public static PreparedEntry From(FeedEntry entry) =>
        new(entry, RssFeedWriter.Item(entry), AtomFeedWriter.Entry(entry), JsonFeedWriter.Item(entry));

    /// <summary>Prepares <paramref name="release"/>'s entry (its body with <paramref name="html"/>) and writes it in the three formats.</summary>
    public static PreparedEntry From(SiteConfig config, Release release, FeedHtml html) => From(FeedEntry.From(config, release, html));

    /// <summary>Prepares <paramref name="release"/>'s entry and writes it in the three formats.</summary>
    public static PreparedEntry From(SiteConfig config, Release release) => From(config, release, new FeedHtml());
}
