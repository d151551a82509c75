using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PartnershipSite.Build;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

public sealed partial class RssFeedTests
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static async Task<FeedSite> BuildAsync(string text, bool withPdfs = true)
    {
        var site = TestSite.Parse(TestSite.SiteYml + text);
        var result = await site.BuildAsync(steps: withPdfs ? AttachTestPdfs.Pipeline : AttachTestPdfs.WithoutPdfs);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new FeedSite(site);
    }

    [Fact]
    public async Task Rss_parses_and_each_item_link_guid_and_enclosure_resolve_to_published_files()
    {
        var site = await BuildAsync(TestSite.Release("2021-06-10-first", "First") + TestSite.Release("2021-06-11-second-one", "Second"));

        var feed = site.Rss();

        Assert.Equal(2, feed.Items.Count());
        foreach (var item in feed.Items)
        {
            var link = Assert.Single(item.Links, l => l.RelationshipType == "alternate");
            Assert.Equal(link.Uri.AbsoluteUri, item.Id);
            Assert.NotNull(site.FileAt(link.Uri));
            Assert.NotNull(site.FileAt(new Uri(item.Id)));
            var enclosure = Assert.Single(item.Links, l => l.RelationshipType == "enclosure");
            Assert.Equal("application/pdf", enclosure.MediaType);
            var pdf = site.FileAt(enclosure.Uri);
            Assert.NotNull(pdf);
            Assert.EndsWith(".pdf", pdf);
            Assert.Equal(site.SizeOf(pdf), enclosure.Length);
        }
    }

    [Fact]
    public async Task Rss_guid_is_a_permalink_and_channel_has_the_best_practice_elements()
    {
        var site = await BuildAsync(TestSite.Release("a", "A", date: "2021-06-10", extra: """
            topics:
              - Science
              - Trade
            """));

        var channel = site.Xml("feed.xml").Root!.Element("channel")!;
        var item = channel.Element("item")!;

        Assert.Equal("true", item.Element("guid")!.Attribute("isPermaLink")!.Value);
        Assert.Equal("https://example.gov.uk/releases/a/", item.Element("guid")!.Value);
        Assert.Equal(["Science", "Trade"], item.Elements("category").Select(c => c.Value));
        Assert.Equal("Department for Testing", item.Element(Dc + "creator")!.Value);
        Assert.Equal("A summary.", item.Element("description")!.Value);
        Assert.Equal("Test site", channel.Element("title")!.Value);
        Assert.Equal("https://example.gov.uk/", channel.Element("link")!.Value);
        Assert.Equal("en-GB", channel.Element("language")!.Value);
        var self = channel.Element(Atom + "link")!;
        Assert.Equal(("self", "https://example.gov.uk/feed.xml", "application/rss+xml"),
            (self.Attribute("rel")!.Value, self.Attribute("href")!.Value, self.Attribute("type")!.Value));
        // From the newest release, not the build's clock (2030).
        Assert.Equal(new DateTimeOffset(2021, 6, 10, 0, 0, 0, TimeSpan.Zero), ParseRfc822(channel.Element("lastBuildDate")!.Value));
    }

    [Theory]
    [InlineData("2021-06-10T09:30:00+01:00")]
    [InlineData("2021-06-10")]
    [InlineData("2021-12-24T23:59:59-05:00")]
    [InlineData("2021-03-01T08:00:00+05:30")]
    public async Task Rss_pubDate_is_RFC_822_and_round_trips(string date)
    {
        var site = await BuildAsync(TestSite.Release("a", date: date));
        Assert.True(IsoDateParse(date, out var expected));

        var channel = site.Xml("feed.xml").Root!.Element("channel")!;
        var pubDate = channel.Element("item")!.Element("pubDate")!.Value;

        Assert.Matches(Rfc822(), pubDate);
        Assert.Matches(Rfc822(), channel.Element("lastBuildDate")!.Value);
        Assert.Equal(expected, ParseRfc822(pubDate));
        // Same instant and same offset as written in the front matter.
        Assert.Equal(expected.Offset, ParseRfc822(pubDate).Offset);
        Assert.Equal(expected, Assert.Single(site.Rss().Items).PublishDate);
    }

    [Fact]
    public async Task Rss_content_encoded_has_the_body_with_no_relative_urls()
    {
        var site = await BuildAsync(TestSite.Release("a", body: """
            See [the other release](../b/), [the home page](/), [notes](#notes) and [GOV.UK](https://www.gov.uk/).

            ![A chart](/assets/chart.png)

            ![A photo](img/photo.jpg)

            <!-- an editor's note -->

            ## Notes {#notes}

            Mail [the office](mailto:office@example.gov.uk).
            """));

        var encoded = Assert.Single(site.Xml("feed.xml").Descendants(Content + "encoded")).Value;
        var document = new HtmlParser().ParseDocument(encoded);
        var urls = document.All.SelectMany(e => e.Attributes)
            .Where(a => a.Name is "href" or "src" or "cite")
            .Select(a => a.Value)
            .Concat(document.All.Select(e => e.GetAttribute("srcset")).OfType<string>()
                .SelectMany(s => s.Split(',')).Select(c => c.Trim().Split(' ')[0]))
            .ToList();

        Assert.Equal(
        [
            "https://example.gov.uk/releases/b/",
            "https://example.gov.uk/",
            "https://example.gov.uk/releases/a/#notes",
            "https://www.gov.uk/",
            "https://example.gov.uk/assets/chart.png",
            "https://example.gov.uk/releases/a/img/photo.jpg",
            "mailto:office@example.gov.uk",
            // The link to the PDF that ends every entry with one.
            "https://example.gov.uk/releases/a/stand-in.pdf",
        ], urls);
        Assert.All(urls, u => Assert.True(Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "mailto", u));
        Assert.Contains("<h2 id=\"notes\">Notes</h2>", encoded);
        Assert.DoesNotContain("editor's note", encoded);
    }

    [Fact]
    public async Task Release_without_a_pdf_has_no_enclosure_in_any_feed()
    {
        var site = await BuildAsync(TestSite.Release("a"), withPdfs: false);

        Assert.DoesNotContain(Assert.Single(site.Rss().Items).Links, l => l.RelationshipType == "enclosure");
        Assert.DoesNotContain(Assert.Single(site.Atom().Items).Links, l => l.RelationshipType == "enclosure");
        Assert.False(site.Json().GetProperty("items")[0].TryGetProperty("attachments", out _));
        Assert.DoesNotContain("enclosure", site.Site.Read("feed.xml"));
    }

    [Fact]
    public async Task Feeds_carry_the_newest_releases_up_to_the_limit_and_never_drafts()
    {
        var site = TestSite.Parse(TestSite.SiteYml.Replace("language: en-GB", "language: en-GB\nfeed_limit: 2", StringComparison.Ordinal)
            + TestSite.Release("old", "Old", "2020-01-01")
            + TestSite.Release("newest", "Newest", "2021-03-01")
            + TestSite.Release("middle", "Middle", "2020-06-01")
            + TestSite.Release("secret", "Secret", "2022-01-01", extra: "draft: true"));
        Assert.True((await site.BuildAsync()).Succeeded);
        var feeds = new FeedSite(site);

        Assert.Equal(["Newest", "Middle"], feeds.Rss().Items.Select(i => i.Title.Text));
        Assert.Equal(["Newest", "Middle"], feeds.Atom().Items.Select(i => i.Title.Text));
        Assert.Equal(["Newest", "Middle"], feeds.Json().GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        foreach (var path in new[] { "feed.xml", "atom.xml", "feed.json", "sitemap.xml" })
        {
            Assert.DoesNotContain("secret", site.Read(path), StringComparison.OrdinalIgnoreCase);
        }
        // The draft's later date must not leak into the channel's date either.
        Assert.Equal(new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.Zero), feeds.Rss().LastUpdatedTime);
    }

    [Fact]
    public async Task Feeds_do_not_depend_on_the_clock_and_are_identical_between_builds()
    {
        var text = TestSite.Release("a") + TestSite.Release("b", date: "2021-07-01");
        var first = TestSite.Parse(TestSite.SiteYml + text);
        var second = TestSite.Parse(TestSite.SiteYml + text);

        await first.BuildAsync(steps: AttachTestPdfs.Pipeline);
        await second.BuildAsync(steps: AttachTestPdfs.Pipeline, clock: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2041, 5, 6, 7, 8, 9, TimeSpan.Zero)), parallelism: 1);

        foreach (var path in new[] { "feed.xml", "atom.xml", "feed.json", "sitemap.xml", "robots.txt" })
        {
            var bytes = first.FileSystem.ReadAllBytes("output/" + path);
            Assert.Equal(bytes, second.FileSystem.ReadAllBytes("output/" + path));
            Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), $"{path} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }

    // RFC 822, 5.1, with RFC 1123's four-digit year, and without the military zones (even "Z") that RFC 1123
    // 5.2.14 says to avoid and the RSS Board's validator flags.
    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$")]
    private static partial Regex Rfc822();

    private static DateTimeOffset ParseRfc822(string text)
    {
        var zone = text[(text.LastIndexOf(' ') + 1)..];
        var offset = zone is "GMT"
            ? TimeSpan.Zero
            : new TimeSpan(int.Parse(zone[1..3], CultureInfo.InvariantCulture), int.Parse(zone[3..], CultureInfo.InvariantCulture), 0) * (zone[0] == '-' ? -1 : 1);
        var local = DateTime.ParseExact(text[..text.LastIndexOf(' ')], "ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, offset);
    }

    private static bool IsoDateParse(string text, out DateTimeOffset date) => PartnershipSite.Content.IsoDate.TryParse(text, out date);
}
