using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

/// <summary>
/// Plain-text fields (a summary, a title, the site's description) reach feed readers as the text the editor wrote:
/// never as markup, and a literal "&amp;amp;" stays literal. Read back with feedparser, as readers do.
/// </summary>
public sealed class FeedInjectionTests
{
    private const string Hostile = "</script><script>alert(1)</script> Fish &amp; chips <b>now</b> & more";

    private static async Task<FeedSite> BuildAsync()
    {
        var site = TestSite.Parse(TestSite.SiteYml.Replace("title: Test site", $"title: Test site\ndescription: '{Hostile}'", StringComparison.Ordinal)
            + TestSite.Release("2021-06-10-a", $"'Title {Hostile}'").Replace("summary: A summary.", $"summary: '{Hostile}'", StringComparison.Ordinal));
        var result = await site.BuildAsync(steps: AttachTestPdfs.WithoutPdfs);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new FeedSite(site);
    }

    [Theory]
    [InlineData("feed.xml", "rss20")]
    [InlineData("atom.xml", "atom10")]
    public async Task Feedparser_shows_the_summary_title_and_description_as_written_and_runs_no_markup(string path, string version)
    {
        var site = await BuildAsync();

        var feed = FeedParser.Parse(site.Site.Read(path));

        Assert.False(feed.Bozo);
        Assert.Equal(version, feed.Version);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal(Hostile, FeedParser.Shown(entry.Summary, entry.SummaryType));
        Assert.Equal($"Title {Hostile}", FeedParser.Shown(entry.Title, entry.TitleType));
        Assert.Equal(Hostile, FeedParser.Shown(feed.Subtitle, feed.SubtitleType));
        // Read as HTML, a tag would have been dropped by a sanitising reader and run by an unsafe one: only plain text
        // (Atom's type="text") may carry the characters unescaped.
        Assert.True(entry.SummaryType == "text/plain" || !entry.Summary.Contains("<script", StringComparison.OrdinalIgnoreCase), entry.Summary);
    }

    [Fact]
    public async Task Rss_description_is_double_escaped_html_and_the_title_is_plain_text()
    {
        var site = await BuildAsync();

        var item = site.Xml("feed.xml").Root!.Element("channel")!.Element("item")!;

        // After XML parsing, description is HTML whose text is the summary; the title is the text itself.
        Assert.Equal(Hostile, System.Net.WebUtility.HtmlDecode(item.Element("description")!.Value));
        Assert.StartsWith("&lt;/script&gt;", item.Element("description")!.Value, StringComparison.Ordinal);
        Assert.Equal($"Title {Hostile}", item.Element("title")!.Value);
    }

    [Fact]
    public async Task Json_feed_keeps_the_summary_as_plain_text()
    {
        var site = await BuildAsync();

        var item = site.Json().GetProperty("items")[0];

        Assert.Equal(Hostile, item.GetProperty("summary").GetString());
        Assert.DoesNotContain("<script", item.GetProperty("content_html").GetString()!, StringComparison.OrdinalIgnoreCase);
    }
}
