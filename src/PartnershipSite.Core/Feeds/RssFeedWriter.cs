using System.Xml;

namespace PartnershipSite.Feeds;

/// <summary>
/// Writes RSS 2.0 following the RSS Board's best-practice profile: <c>atom:link rel="self"</c>, RFC 822 dates,
/// the body in <c>content:encoded</c>, the lead organisation in <c>dc:creator</c>, the three prefixes declared
/// once on <c>&lt;rss&gt;</c>. Each item is written once (<see cref="Item"/>) and spliced into every feed that carries it.
/// </summary>
internal static class RssFeedWriter
{
    /// <summary>The feed, as UTF-8.</summary>
    public static byte[] Write(FeedChannel channel) =>
        XmlText.Splice(writer => Head(writer, channel), [.. channel.Entries.Select(e => e.Rss)]);

    /// <summary>The <c>item</c> of <paramref name="entry"/>, as it stands in <c>rss/channel</c>.</summary>
    public static ReadOnlyMemory<byte> Item(FeedEntry entry) => XmlText.Fragment(Open, writer =>
    {
        writer.WriteStartElement("item");
        writer.WriteStartElement("guid");
        writer.WriteAttributeString("isPermaLink", "true");
        writer.WriteString(entry.Url.AbsoluteUri);
        writer.WriteEndElement();
        writer.WriteElementString("link", entry.Url.AbsoluteUri);
        foreach (var topic in entry.Topics)
        {
            writer.WriteElementString("category", topic);
        }
        writer.WriteElementString("title", entry.Title);
        // RSS 2.0: description is HTML to readers, so the plain summary is escaped as text inside HTML (issue 11).
        writer.WriteElementString("description", HtmlText.Encode(entry.Summary));
        writer.WriteElementString("pubDate", Rfc822Date.Format(entry.Published));
        if (entry.Enclosure is { } enclosure)
        {
            writer.WriteStartElement("enclosure");
            writer.WriteAttributeString("url", enclosure.Url.AbsoluteUri);
            writer.WriteAttributeString("type", enclosure.MediaType);
            writer.WriteAttributeString("length", enclosure.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndElement();
        }
        // content:encoded carries the full body; description stays the plain summary.
        writer.WriteElementString("content", "encoded", FeedNamespaces.Content, entry.ContentHtml);
        // One creator: readers keep one (feedparser and newsboat the last), and it must be the lead organisation.
        if (entry.Lead is { } lead)
        {
            writer.WriteElementString("dc", "creator", FeedNamespaces.DublinCore, lead);
        }
        foreach (var contributor in entry.Contributors)
        {
            writer.WriteElementString("dc", "contributor", FeedNamespaces.DublinCore, contributor);
        }
        writer.WriteEndElement();
    });

    // <rss> and <channel>, with the extension prefixes declared once, as the RSS Board's examples do.
    private static void Open(XmlWriter writer)
    {
        writer.WriteStartElement("rss");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("xmlns", "atom", null, FeedNamespaces.Atom);
        writer.WriteAttributeString("xmlns", "content", null, FeedNamespaces.Content);
        writer.WriteAttributeString("xmlns", "dc", null, FeedNamespaces.DublinCore);
        writer.WriteStartElement("channel");
    }

    private static void Head(XmlWriter writer, FeedChannel channel)
    {
        Open(writer);
        writer.WriteElementString("title", channel.Title);
        writer.WriteElementString("link", channel.HomePage.AbsoluteUri);
        // RSS 2.0: description is HTML to readers (newsboat, feedparser); the title is plain text and escaped once.
        writer.WriteElementString("description", HtmlText.Encode(channel.Description));
        writer.WriteElementString("language", channel.Language);
        // lastBuildDate is optional in RSS: left out, rather than invented, while there is nothing to date it by.
        if (!channel.Entries.IsEmpty)
        {
            writer.WriteElementString("lastBuildDate", Rfc822Date.Format(channel.Updated));
        }
        // RSS Board profile: a feed identifies its own URL with atom:link rel="self".
        writer.WriteStartElement("atom", "link", FeedNamespaces.Atom);
        writer.WriteAttributeString("href", channel.UrlOf(FeedFormat.Rss).AbsoluteUri);
        writer.WriteAttributeString("rel", "self");
        writer.WriteAttributeString("type", FeedFormat.Rss.MediaType);
        writer.WriteEndElement();
    }
}
