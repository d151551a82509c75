using System.ServiceModel.Syndication;

namespace PartnershipSite.Feeds;

/// <summary>Writes Atom 1.0 (RFC 4287) through System.ServiceModel.Syndication.</summary>
public static class AtomFeedWriter
{
    /// <summary>The feed as text.</summary>
    public static string Write(FeedChannel channel)
    {
        var config = channel.Config;
        var feed = new SyndicationFeed(channel.Title, channel.Description, channel.HomePage)
        {
            // RFC 4287, 4.2.6: the id is a permanent IRI; the page the feed follows (home, topic, organisation) is the feed's.
            Id = channel.HomePage.AbsoluteUri,
            Language = config.Language,
            LastUpdatedTime = channel.Updated,
            Items = [.. channel.Entries.Select(Entry)],
        };
        feed.Authors.Add(new SyndicationPerson { Name = config.Publisher.Name, Uri = config.Publisher.Url?.AbsoluteUri });
        feed.Links.Add(new SyndicationLink(channel.UrlOf(FeedFormat.Atom), "self", null, FeedFormat.Atom.MediaType, 0));
        var formatter = new Atom10FeedFormatter(feed);
        return XmlText.Write(formatter.WriteTo);
    }

    private static SyndicationItem Entry(FeedEntry entry)
    {
        // The same id as the RSS guid: the release URL, which a correction never changes.
        var item = new SyndicationItem(entry.Title, SyndicationContent.CreateHtmlContent(entry.ContentHtml), entry.Url, entry.Url.AbsoluteUri, entry.Updated)
        {
            PublishDate = entry.Published,
            Summary = SyndicationContent.CreatePlaintextContent(entry.Summary),
        };
        foreach (var organisation in entry.Organisations)
        {
            item.Authors.Add(new SyndicationPerson { Name = organisation });
        }
        foreach (var topic in entry.Topics)
        {
            item.Categories.Add(new SyndicationCategory(topic));
        }
        if (entry.Enclosure is { } enclosure)
        {
            item.Links.Add(SyndicationLink.CreateMediaEnclosureLink(enclosure.Url, enclosure.MediaType, enclosure.Length));
        }
        return item;
    }
}
