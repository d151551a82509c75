using System.Text.Json;
using PartnershipSite.Build;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

public sealed class JsonFeedTests
{
    [Fact]
    public async Task Json_feed_meets_the_1_1_rules_and_attachments_have_the_files_sizes()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("first", "First", extra: """
            topics:
              - Science
            """) + TestSite.Release("second-one", "Second", "2021-07-01"));
        Assert.True((await site.BuildAsync(steps: AttachTestPdfs.Pipeline)).Succeeded);
        var feeds = new FeedSite(site);

        var feed = feeds.Json();

        // JSON Feed 1.1: version, title and items are required; feed_url and home_page_url are strongly recommended.
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal("Test site", feed.GetProperty("title").GetString());
        Assert.Equal("https://example.gov.uk/", feed.GetProperty("home_page_url").GetString());
        Assert.Equal("https://example.gov.uk/feed.json", feed.GetProperty("feed_url").GetString());
        Assert.NotNull(feeds.FileAt(new Uri(feed.GetProperty("feed_url").GetString()!)));
        Assert.Equal("en-GB", feed.GetProperty("language").GetString());
        Assert.Equal("Department for Testing", feed.GetProperty("authors")[0].GetProperty("name").GetString());
        // 1.1 deprecated 'author' for 'authors' but keeps it readable: the 1.0 fallback is the first author.
        Assert.Equal("Department for Testing", feed.GetProperty("author").GetProperty("name").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var rssIds = feeds.Rss().Items.Select(i => i.Id).ToList();
        foreach (var (item, rssId) in items.Zip(rssIds))
        {
            // 1.1: id is required and is a string, even when it looks like a number or URL.
            Assert.Equal(JsonValueKind.String, item.GetProperty("id").ValueKind);
            Assert.Equal(rssId, item.GetProperty("id").GetString());
            Assert.NotNull(feeds.FileAt(new Uri(item.GetProperty("url").GetString()!)));
            Assert.False(string.IsNullOrEmpty(item.GetProperty("content_html").GetString()));
            Assert.Equal("A summary.", item.GetProperty("summary").GetString());
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_modified").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
            var attachment = Assert.Single(item.GetProperty("attachments").EnumerateArray());
            Assert.Equal("application/pdf", attachment.GetProperty("mime_type").GetString());
            var pdf = feeds.FileAt(new Uri(attachment.GetProperty("url").GetString()!));
            Assert.NotNull(pdf);
            Assert.Equal(JsonValueKind.Number, attachment.GetProperty("size_in_bytes").ValueKind);
            Assert.Equal(feeds.SizeOf(pdf), attachment.GetProperty("size_in_bytes").GetInt64());
        }
        Assert.Equal("2021-07-01T00:00:00+00:00", items[0].GetProperty("date_published").GetString());
        Assert.Equal(["Science"], items[1].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.False(items[0].TryGetProperty("tags", out _), "an empty tags list is left out");
    }

    [Fact]
    public async Task Publisher_is_the_feeds_author_with_its_url_as_written()
    {
        var site = TestSite.Parse(TestSite.SiteYml.Replace("  name: Department for Testing", "  name: Department for Testing\n  url: https://www.gov.uk/government/organisations/testing", StringComparison.Ordinal)
            + TestSite.Release("a"));
        Assert.True((await site.BuildAsync()).Succeeded);
        var feeds = new FeedSite(site);

        Assert.Equal("https://www.gov.uk/government/organisations/testing", feeds.Json().GetProperty("authors")[0].GetProperty("url").GetString());
        Assert.Equal("https://www.gov.uk/government/organisations/testing", Assert.Single(feeds.Atom().Authors).Uri);
    }
}
