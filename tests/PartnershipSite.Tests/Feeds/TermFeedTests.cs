using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using PartnershipSite.Tests.Listings;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

public sealed class TermFeedTests
{
    private static async Task<TestSite> BuildAsync()
    {
        // Five releases on "Even" or "Odd", a feed limit of two, so limits and membership both show.
        var site = PaginationTests.SiteWith(5, extra: i => $"topics:\n  - {(i % 2 == 0 ? "Even" : "Odd")}", config: "feed_limit: 2\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site;
    }

    private static SyndicationFeed Load(TestSite site, string path, SyndicationFeedFormatter formatter)
    {
        using var reader = XmlReader.Create(new StringReader(site.Read(path)));
        Assert.True(formatter.CanRead(reader), path);
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    [Fact]
    public async Task Each_topic_has_rss_and_atom_feeds_of_its_newest_releases_with_the_site_feed_ids()
    {
        var site = await BuildAsync();
        var siteIds = Load(site, "feed.xml", new Rss20FeedFormatter()).Items.Select(i => i.Id).ToList();

        var rss = Load(site, "topics/odd/feed.xml", new Rss20FeedFormatter());
        var atom = Load(site, "topics/odd/atom.xml", new Atom10FeedFormatter());

        // Releases 5, 3, 1 are odd; the limit keeps the newest two.
        var expected = new[] { "https://example.gov.uk/releases/r5/", "https://example.gov.uk/releases/r3/" };
        Assert.Equal(expected, rss.Items.Select(i => i.Id));
        Assert.Equal(expected, atom.Items.Select(i => i.Id));
        Assert.Contains(expected[0], siteIds);
        Assert.Equal("Odd – Test site", rss.Title.Text);
        Assert.Equal("https://example.gov.uk/topics/odd/", atom.Id);
        Assert.Equal("https://example.gov.uk/topics/odd/atom.xml", Assert.Single(atom.Links, l => l.RelationshipType == "self").Uri.AbsoluteUri);
        Assert.Equal("https://example.gov.uk/topics/odd/", Assert.Single(rss.Links, l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.All(rss.Items, i => Assert.Contains(i.Categories, c => c.Name == "Odd"));
        var even = Load(site, "topics/even/atom.xml", new Atom10FeedFormatter());
        Assert.Equal(["https://example.gov.uk/releases/r4/", "https://example.gov.uk/releases/r2/"], even.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Each_organisation_has_a_json_feed_beside_its_page()
    {
        var site = await BuildAsync();

        var json = JsonDocument.Parse(site.Read("organisations/department-for-testing/feed.json")).RootElement;

        Assert.Equal("https://example.gov.uk/organisations/department-for-testing/feed.json", json.GetProperty("feed_url").GetString());
        Assert.Equal("https://example.gov.uk/organisations/department-for-testing/", json.GetProperty("home_page_url").GetString());
        Assert.Equal(["https://example.gov.uk/releases/r5/", "https://example.gov.uk/releases/r4/"],
            json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("topics/odd/index.html", "topics/odd/")]
    [InlineData("topics/odd/page/2/index.html", "topics/odd/")]
    [InlineData("organisations/department-for-testing/index.html", "organisations/department-for-testing/")]
    public async Task Term_pages_announce_their_own_feeds_first_and_link_them_visibly(string page, string folder)
    {
        var site = SiteWithPages();
        Assert.True((await site.BuildAsync()).Succeeded);
        var feeds = new FeedSite(site);

        var document = PaginationTests.Page(site, page);

        var alternates = document.Head!.QuerySelectorAll("link[rel='alternate']").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Equal(["feed.xml", "atom.xml", "feed.json"], alternates.Take(3).Select(h => h["https://example.gov.uk/".Length..][folder.Length..]));
        Assert.All(alternates.Take(3), h => Assert.StartsWith("https://example.gov.uk/" + folder, h, StringComparison.Ordinal));
        Assert.All(alternates, h => Assert.NotNull(feeds.FileAt(new Uri(h))));
        var visible = document.QuerySelectorAll(".listing-feeds a[type]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(alternates.Take(3), visible);
    }

    [Fact]
    public async Task Subscribe_page_lists_every_term_feed_in_every_format()
    {
        var site = await BuildAsync();
        var feeds = new FeedSite(site);

        var page = PaginationTests.Page(site, "subscribe/index.html");

        var hrefs = page.QuerySelectorAll("main a[type]").Select(a => a.GetAttribute("href")!).ToList();
        foreach (var folder in new[] { "", "topics/even/", "topics/odd/", "organisations/department-for-testing/" })
        {
            foreach (var format in new[] { "feed.xml", "atom.xml", "feed.json" })
            {
                Assert.Contains($"https://example.gov.uk/{folder}{format}", hrefs);
            }
        }
        Assert.Equal(12, hrefs.Count);
        Assert.All(hrefs, h => Assert.NotNull(feeds.FileAt(new Uri(h))));
        Assert.Equal("Subscribe – Test site", page.Title);
    }

    private static TestSite SiteWithPages() => PaginationTests.SiteWith(5, pageSize: 2, extra: i => $"topics:\n  - {(i % 2 == 0 ? "Even" : "Odd")}");
}
