using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

public sealed class DiscoveryTests
{
    private static async Task<(TestSite Site, FeedSite Feeds)> BuildAsync(string extra = "")
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", "A release", "2021-06-10", extra));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return (site, new FeedSite(site));
    }

    private static IDocument Page(TestSite site, string path) => new HtmlParser().ParseDocument(site.Read(path));

    [Theory]
    [InlineData("index.html")]
    [InlineData("releases/a/index.html")]
    [InlineData("404.html")]
    public async Task Every_page_announces_the_three_feeds_with_their_mime_types(string path)
    {
        var (site, feeds) = await BuildAsync();

        var links = Page(site, path).Head!.QuerySelectorAll("link[rel='alternate']")
            .Select(l => (Type: l.GetAttribute("type"), Href: l.GetAttribute("href")!)).ToList();

        Assert.Equal(["application/rss+xml", "application/atom+xml", "application/feed+json"], links.Select(l => l.Type));
        Assert.Equal(["feed.xml", "atom.xml", "feed.json"], links.Select(l => feeds.FileAt(new Uri(l.Href))));
    }

    [Fact]
    public async Task Release_page_has_canonical_description_opengraph_and_twitter_metadata()
    {
        var (site, _) = await BuildAsync();

        var head = Page(site, "releases/a/index.html").Head!;
        string? Meta(string selector) => head.QuerySelector(selector)?.GetAttribute("content");

        Assert.Equal("https://example.gov.uk/releases/a/", head.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Equal("A summary.", Meta("meta[name='description']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("A release", Meta("meta[property='og:title']"));
        Assert.Equal("A summary.", Meta("meta[property='og:description']"));
        Assert.Equal("https://example.gov.uk/releases/a/", Meta("meta[property='og:url']"));
        Assert.Equal("Test site", Meta("meta[property='og:site_name']"));
        Assert.Equal("en_GB", Meta("meta[property='og:locale']"));
        Assert.Equal("2021-06-10T00:00:00+00:00", Meta("meta[property='article:published_time']"));
        Assert.Equal("summary", Meta("meta[name='twitter:card']"));
        Assert.Equal("A release", Meta("meta[name='twitter:title']"));
        Assert.Equal("A summary.", Meta("meta[name='twitter:description']"));
        Assert.Equal("website", Page(site, "index.html").Head!.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Release_page_has_NewsArticle_structured_data_and_other_pages_have_none()
    {
        var (site, _) = await BuildAsync("""
            updated:
              - date: 2021-06-12
                note: Corrected a figure.
            """);

        var script = Assert.Single(Page(site, "releases/a/index.html").Head!.QuerySelectorAll("script[type='application/ld+json']"));
        var article = JsonDocument.Parse(script.TextContent).RootElement;

        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal("A release", article.GetProperty("headline").GetString());
        Assert.Equal("2021-06-10T00:00:00+00:00", article.GetProperty("datePublished").GetString());
        Assert.Equal("2021-06-12T00:00:00+00:00", article.GetProperty("dateModified").GetString());
        Assert.Equal("en-GB", article.GetProperty("inLanguage").GetString());
        Assert.Equal("https://example.gov.uk/releases/a/", article.GetProperty("url").GetString());
        Assert.Equal("Department for Testing", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Organization", article.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal(["Department for Testing"], article.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Empty(Page(site, "index.html").QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Empty(Page(site, "404.html").QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public async Task Header_subscribe_link_leads_to_a_page_listing_the_site_feeds_in_every_format()
    {
        var (site, feeds) = await BuildAsync();

        var link = Assert.Single(Page(site, "index.html").QuerySelectorAll("header nav a"), a => a.TextContent.Trim() == "Subscribe");

        Assert.Equal("/subscribe/", link.GetAttribute("href"));
        var page = Page(site, "subscribe/index.html");
        Assert.Equal("Subscribe", page.QuerySelector("h1")!.TextContent);
        var hrefs = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var feed in new[] { "feed.xml", "atom.xml", "feed.json" })
        {
            Assert.Contains("https://example.gov.uk/" + feed, hrefs);
            Assert.NotNull(feeds.FileAt(new Uri("https://example.gov.uk/" + feed)));
        }
    }
}
