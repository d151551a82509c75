using System.ServiceModel.Syndication;
using System.Xml.Linq;
using PartnershipSite.Build;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Atom_parses_with_the_same_ids_as_rss_and_links_and_enclosures_resolve_to_published_files()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("first", "First") + TestSite.Release("second-one", "Second", "2021-07-01"));
        Assert.True((await site.BuildAsync(steps: AttachTestPdfs.Pipeline)).Succeeded);
        var feeds = new FeedSite(site);

        var feed = feeds.Atom();

        Assert.Equal(feeds.Rss().Items.Select(i => i.Id), feed.Items.Select(i => i.Id));
        Assert.Equal("https://example.gov.uk/", feed.Id);
        Assert.Equal("https://example.gov.uk/atom.xml", Assert.Single(feed.Links, l => l.RelationshipType == "self").Uri.AbsoluteUri);
        Assert.Equal("https://example.gov.uk/", Assert.Single(feed.Links, l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.Equal("Department for Testing", Assert.Single(feed.Authors).Name);
        Assert.Equal(new DateTimeOffset(2021, 7, 1, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        foreach (var entry in feed.Items)
        {
            Assert.NotNull(feeds.FileAt(new Uri(entry.Id)));
            Assert.NotNull(feeds.FileAt(Assert.Single(entry.Links, l => l.RelationshipType == "alternate").Uri));
            var enclosure = Assert.Single(entry.Links, l => l.RelationshipType == "enclosure");
            Assert.Equal("application/pdf", enclosure.MediaType);
            var pdf = feeds.FileAt(enclosure.Uri);
            Assert.NotNull(pdf);
            Assert.Equal(feeds.SizeOf(pdf), enclosure.Length);
            Assert.Equal("A summary.", entry.Summary.Text);
            Assert.Equal("html", entry.Content.Type);
            Assert.Contains("<p>Body text.</p>", ((TextSyndicationContent)entry.Content).Text);
            Assert.Equal("Department for Testing", Assert.Single(entry.Authors).Name);
        }
    }

    [Fact]
    public async Task Atom_entry_has_published_and_updated_from_front_matter()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", date: "2021-06-10T09:30:00+01:00"));
        Assert.True((await site.BuildAsync()).Succeeded);

        var entry = new FeedSite(site).Xml("atom.xml").Root!.Element(Atom + "entry")!;

        Assert.Equal(new DateTimeOffset(2021, 6, 10, 9, 30, 0, TimeSpan.FromHours(1)), DateTimeOffset.Parse(entry.Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(entry.Element(Atom + "published")!.Value, entry.Element(Atom + "updated")!.Value);
        Assert.Equal("html", entry.Element(Atom + "content")!.Attribute("type")!.Value);
    }
}
