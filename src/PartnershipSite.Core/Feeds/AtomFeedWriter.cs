using System.Globalization;
using System.Xml;

namespace PartnershipSite.Feeds;

/// <summary>
/// Writes Atom 1.0 (RFC 4287). Each entry is written once (<see cref="Entry"/>) and spliced into every feed that
/// carries it.
/// </summary>
internal static class AtomFeedWriter
{
    /// <summary>The feed, as UTF-8.</summary>
    public static byte[] Write(FeedChannel channel) =>
        XmlText.Splice(writer => Head(writer, channel), [.. channel.Entries.Select(e => e.Atom)]);

    /// <summary>The <c>entry</c> of <paramref name="entry"/>, as it stands in <c>feed</c>.</summary>
    public static ReadOnlyMemory<byte> Entry(FeedEntry entry) => XmlText.Fragment(writer => writer.WriteStartElement("feed", FeedNamespaces.Atom), writer =>
    {
        writer.WriteStartElement("entry", FeedNamespaces.Atom);
        // The same id as the RSS guid: the release URL, which a correction never changes.
        writer.WriteElementString("id", entry.Url.AbsoluteUri);
        Text(writer, "title", "text", entry.Title);
        Text(writer, "summary", "text", entry.Summary);
        writer.WriteElementString("published", Date(entry.Published));
        writer.WriteElementString("updated", Date(entry.Updated));
        // RFC 4287, 4.2.1 allows several authors, but readers show one: the lead organisation; the others contributed.
        if (entry.Lead is { } lead)
        {
            Person(writer, "author", lead, null);
        }
        foreach (var contributor in entry.Contributors)
        {
            Person(writer, "contributor", contributor, null);
        }
        Link(writer, "alternate", null, null, entry.Url);
        if (entry.Enclosure is { } enclosure)
        {
            Link(writer, "enclosure", enclosure.MediaType, enclosure.Length, enclosure.Url);
        }
        foreach (var topic in entry.Topics)
        {
            writer.WriteStartElement("category");
            writer.WriteAttributeString("term", topic);
            writer.WriteEndElement();
        }
        Text(writer, "content", "html", entry.ContentHtml);
        writer.WriteEndElement();
    });

    private static void Head(XmlWriter writer, FeedChannel channel)
    {
        var config = channel.Config;
        writer.WriteStartElement("feed", FeedNamespaces.Atom);
        writer.WriteAttributeString("xml", "lang", null, channel.Language);
        Text(writer, "title", "text", channel.Title);
        Text(writer, "subtitle", "text", channel.Description);
        // RFC 4287, 4.2.6: the id is a permanent IRI; the page the feed follows (home, topic, organisation) is the feed's.
        writer.WriteElementString("id", channel.HomePage.AbsoluteUri);
        writer.WriteElementString("updated", Date(channel.Updated));
        Person(writer, "author", config.Publisher.Name, config.Publisher.Url);
        Link(writer, "alternate", null, null, channel.HomePage);
        Link(writer, "self", FeedFormat.Atom.MediaType, null, channel.UrlOf(FeedFormat.Atom));
    }

    // RFC 4287, 3.3: a date-time as RFC 3339 writes it, "Z" for UTC.
    private static string Date(DateTimeOffset date) => date.Offset == TimeSpan.Zero
        ? date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void Text(XmlWriter writer, string name, string type, string value)
    {
        writer.WriteStartElement(name);
        writer.WriteAttributeString("type", type);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    private static void Person(XmlWriter writer, string role, string name, Uri? uri)
    {
        writer.WriteStartElement(role);
        writer.WriteElementString("name", name);
        if (uri is not null)
        {
            writer.WriteElementString("uri", uri.AbsoluteUri);
        }
        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string rel, string? type, long? length, Uri href)
    {
        writer.WriteStartElement("link");
        writer.WriteAttributeString("rel", rel);
        if (type is not null)
        {
            writer.WriteAttributeString("type", type);
        }
        if (length is { } bytes)
        {
            writer.WriteAttributeString("length", bytes.ToString(CultureInfo.InvariantCulture));
        }
        writer.WriteAttributeString("href", href.AbsoluteUri);
        writer.WriteEndElement();
    }
}
