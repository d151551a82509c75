using AngleSharp.Html.Parser;
using PartnershipSite.Build;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

/// <summary>
/// What feed readers show of a release from two organisations with a PDF, read with feedparser (the library many
/// readers are built on) and the JSON Feed itself: the lead organisation as the author, and a link to the PDF in the
/// content for readers that drop non-media enclosures (newsboat; rss-parser on Atom).
/// </summary>
public sealed class FeedReaderTests
{
    private const string Lead = "Department for Science & Testing";
    private const string Second = "Office for Second Opinions";

    private static async Task<FeedSite> BuildAsync()
    {
        var release = TestSite.Release("2021-06-10-joint", "Joint release", body: "Read [the notes](notes/).")
            .Replace("- Department for Testing\n", $"- {Lead}\n    - {Second}\n", StringComparison.Ordinal);
        var site = TestSite.Parse(TestSite.SiteYml + release);
        var result = await site.BuildAsync(steps: AttachTestPdfs.Pipeline);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new FeedSite(site);
    }

    [Theory]
    [InlineData("feed.xml", "rss20")]
    [InlineData("atom.xml", "atom10")]
    [InlineData("organisations/office-for-second-opinions/feed.xml", "rss20")]
    [InlineData("organisations/office-for-second-opinions/atom.xml", "atom10")]
    public async Task Feedparser_shows_the_lead_organisation_as_the_author_and_the_other_as_a_contributor(string path, string version)
    {
        var site = await BuildAsync();

        var feed = FeedParser.Parse(site.Site.Read(path));

        Assert.False(feed.Bozo, path);
        Assert.Equal(version, feed.Version);
        var entry = Assert.Single(feed.Entries);
        // Before: two dc:creator elements, and feedparser (like newsboat) kept the last, the second organisation.
        Assert.Equal(Lead, entry.Author);
        Assert.Equal([Second], entry.Contributors);
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    [InlineData("organisations/department-for-science-testing/atom.xml")]
    public async Task Feedparser_content_ends_with_a_link_to_the_pdf_the_enclosure_names(string path)
    {
        var site = await BuildAsync();

        var entry = Assert.Single(FeedParser.Parse(site.Site.Read(path)).Entries);

        var enclosure = Assert.Single(entry.Enclosures!);
        Assert.Equal("application/pdf", enclosure.Type);
        var pdf = site.FileAt(new Uri(enclosure.Href));
        Assert.NotNull(pdf);
        Assert.Equal(site.SizeOf(pdf).ToString(System.Globalization.CultureInfo.InvariantCulture), enclosure.Length);
        var content = new HtmlParser().ParseDocument(entry.Content);
        var last = content.Body!.Children[^1];
        var link = Assert.Single(last.QuerySelectorAll("a"));
        Assert.Equal(enclosure.Href, link.GetAttribute("href"));
        Assert.Equal("Download this release (PDF, 1 KB, 1 page)", link.TextContent);
        // The body's own links come first, made absolute.
        Assert.Equal("https://example.gov.uk/releases/joint/notes/", content.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Json_feed_gives_the_lead_as_the_1_0_author_and_every_organisation_as_1_1_authors_and_links_the_pdf()
    {
        var site = await BuildAsync();

        var item = site.Json().GetProperty("items")[0];

        Assert.Equal(Lead, item.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal([Lead, Second], item.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var attachment = item.GetProperty("attachments")[0].GetProperty("url").GetString();
        var content = new HtmlParser().ParseDocument(item.GetProperty("content_html").GetString()!);
        Assert.Equal(attachment, content.QuerySelectorAll("a")[^1].GetAttribute("href"));
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public async Task Newsboat_shows_the_lead_organisation_and_a_link_to_the_pdf_it_drops_as_an_enclosure(string path)
    {
        var site = await BuildAsync();

        var item = Assert.Single(Newsboat.Read(site.Site.Read(path)));

        Assert.Equal("Joint release", item.Title);
        Assert.Equal(Lead, item.Author);
        // newsboat keeps only audio and video enclosures: the content's link is the only way to the PDF.
        Assert.Equal("", item.EnclosureUrl);
        var link = new HtmlParser().ParseDocument(item.Content).QuerySelectorAll("a")[^1];
        Assert.Equal("https://example.gov.uk/" + AttachTestPdfs.PathOf("joint"), link.GetAttribute("href"));
        Assert.StartsWith("Download this release (PDF, ", link.TextContent, StringComparison.Ordinal);
    }
}
