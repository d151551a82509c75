using System.ServiceModel.Syndication;
using System.Xml.Linq;

namespace PartnershipSite.Feeds;

/// <summary>
/// Writes RSS 2.0 following the RSS Board's best-practice profile, through System.ServiceModel.Syndication, with
/// <c>content:encoded</c>, <c>dc:creator</c> and <c>atom:link rel="self"</c> added as extensions.
/// </summary>
public static class RssFeedWriter
{
    /// <summary>The feed as text.</summary>
    public static string Write(FeedChannel channel)
    {
        var config = channel.Config;
        // RSS 2.0: description is HTML to readers (newsboat, feedparser); the title is plain text and escaped once.
        var feed = new SyndicationFeed(channel.Title, HtmlText.Encode(channel.Description), channel.HomePage)
        {
            Language = config.Language,
            // lastBuildDate is optional in RSS: left out, rather than invented, while there is nothing to date it by.
            LastUpdatedTime = channel.Entries.IsEmpty ? default : channel.Updated,
            Items = [.. channel.Entries.Select(Item)],
        };
        // RSS Board profile: a feed identifies its own URL with atom:link rel="self".
        feed.ElementExtensions.Add(new XElement(FeedNamespaces.Atom + "link",
            new XAttribute("href", channel.UrlOf(FeedFormat.Rss).AbsoluteUri),
            new XAttribute("rel", "self"),
            new XAttribute("type", FeedFormat.Rss.MediaType)).CreateReader());
        var formatter = new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false);
        var document = XDocument.Parse(XmlText.Write(formatter.WriteTo));
        DeclarePrefixesOnce(document);
        CloseEmptyElements(document);
        WriteDatesWithoutMilitaryZones(document, channel);
        return XmlText.Write(document.WriteTo);
    }

    private static SyndicationItem Item(FeedEntry entry)
    {
        var item = new SyndicationItem(entry.Title, HtmlText.Encode(entry.Summary), entry.Url, entry.Url.AbsoluteUri, entry.Updated)
        {
            PublishDate = entry.Published,
        };
        foreach (var topic in entry.Topics)
        {
            item.Categories.Add(new SyndicationCategory(topic));
        }
        // content:encoded carries the full body; description stays the plain summary.
        item.ElementExtensions.Add(new XElement(FeedNamespaces.Content + "encoded", entry.ContentHtml).CreateReader());
        foreach (var organisation in entry.Organisations)
        {
            item.ElementExtensions.Add(new XElement(FeedNamespaces.DublinCore + "creator", organisation).CreateReader());
        }
        if (entry.Enclosure is { } enclosure)
        {
            item.Links.Add(SyndicationLink.CreateMediaEnclosureLink(enclosure.Url, enclosure.MediaType, enclosure.Length));
        }
        return item;
    }

    // The formatter writes each extension as a separate fragment that declares its own namespace. Declaring the
    // three prefixes once on <rss>, as the RSS Board's examples do, gives <content:encoded> and <dc:creator>.
    private static void DeclarePrefixesOnce(XDocument document)
    {
        var root = document.Root!;
        XNamespace[] extensions = [FeedNamespaces.Atom, FeedNamespaces.Content, FeedNamespaces.DublinCore];
        root.Descendants().Attributes().Where(a => a.IsNamespaceDeclaration && extensions.Contains(a.Value)).Remove();
        root.SetAttributeValue(XNamespace.Xmlns + "atom", FeedNamespaces.Atom.NamespaceName);
        root.SetAttributeValue(XNamespace.Xmlns + "content", FeedNamespaces.Content.NamespaceName);
        root.SetAttributeValue(XNamespace.Xmlns + "dc", FeedNamespaces.DublinCore.NamespaceName);
    }

    // The formatter ends <atom:link> with a separate end tag; an element without content reads better self-closed.
    private static void CloseEmptyElements(XDocument document)
    {
        foreach (var element in document.Descendants().Where(e => !e.IsEmpty && !e.Nodes().Any(n => n is not XText { Value.Length: 0 })))
        {
            element.RemoveNodes();
        }
    }

    // The formatter writes UTC as "Z", a military zone the RSS Board's validator warns about; rewrite each date
    // from the release it belongs to (matched by guid) with GMT or a numeric offset.
    private static void WriteDatesWithoutMilitaryZones(XDocument document, FeedChannel channel)
    {
        var rss = document.Root!.Element("channel")!;
        rss.Element("lastBuildDate")?.SetValue(Rfc822Date.Format(channel.Updated));
        var published = channel.Entries.ToDictionary(e => e.Url.AbsoluteUri, e => e.Published, StringComparer.Ordinal);
        foreach (var item in rss.Elements("item"))
        {
            item.Element("pubDate")!.SetValue(Rfc822Date.Format(published[item.Element("guid")!.Value]));
        }
    }
}
