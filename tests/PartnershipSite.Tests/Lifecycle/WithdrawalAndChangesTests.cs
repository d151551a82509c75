using System.Text;
using PartnershipSite.Tests.Feeds;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Lifecycle;

/// <summary>Withdrawal (page, PDF, listing, feeds) and GOV.UK's minor and major changes.</summary>
public sealed class WithdrawalAndChangesTests
{
    private const string Withdrawn = """
        withdrawn:
          date: 2022-03-03
          note: This policy was replaced by the 2022 science partnership.
        """;

    private static async Task<TestSite> BuildAsync(string extra)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", "Partnership agreed", extra: extra)
            + TestSite.Release("2021-06-01-b", "Earlier release", "2021-06-01"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site;
    }

    private static string Decoded(TestSite site, string path) => System.Net.WebUtility.HtmlDecode(site.Read(path));

    [Fact]
    public async Task A_withdrawn_release_keeps_its_url_with_the_notice_first_on_the_page_and_in_the_pdf()
    {
        var site = await BuildAsync(Withdrawn);

        var page = Decoded(site, "releases/a/index.html");
        var main = page[page.IndexOf("<main", StringComparison.Ordinal)..];
        // GOV.UK's order: the headline, then the notice, before the metadata and the body.
        var notice = main.IndexOf("This press release was withdrawn on 3 March 2022", StringComparison.Ordinal);
        Assert.InRange(notice, main.IndexOf("<h1", StringComparison.Ordinal), main.IndexOf("<dl class=\"metadata\"", StringComparison.Ordinal));
        Assert.Contains("This policy was replaced by the 2022 science partnership.", main, StringComparison.Ordinal);
        Assert.Contains("<title>[Withdrawn] Partnership agreed", page, StringComparison.Ordinal);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(site.FileSystem.ReadAllBytes("/site/output/releases/a/a.pdf"));
        var first = pdf.GetPage(1).Text;
        Assert.Contains("This press release was withdrawn on 3 March 2022", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("withdrawn", StringComparison.Ordinal) < first.IndexOf("From:", StringComparison.Ordinal));
        Assert.Contains("This policy was replaced", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listings_and_every_feed_mark_it_withdrawn_move_its_updated_time_and_open_with_the_notice()
    {
        var site = await BuildAsync(Withdrawn);
        var feeds = new FeedSite(site);

        Assert.Contains("[Withdrawn] Partnership agreed", Decoded(site, "index.html"), StringComparison.Ordinal);
        var withdrawnAt = new DateTimeOffset(2022, 3, 3, 0, 0, 0, TimeSpan.Zero);
        foreach (var feed in new[] { feeds.Rss(), feeds.Atom() })
        {
            var item = feed.Items.Single(i => i.Title.Text.Contains("Partnership", StringComparison.Ordinal));
            Assert.Equal("[Withdrawn] Partnership agreed", item.Title.Text);
        }
        Assert.Equal(withdrawnAt, feeds.Atom().Items.Single(i => i.Title.Text.StartsWith("[Withdrawn]", StringComparison.Ordinal)).LastUpdatedTime);
        var json = feeds.Json().GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString()!.StartsWith("[Withdrawn]", StringComparison.Ordinal));
        Assert.Equal(withdrawnAt, DateTimeOffset.Parse(json.GetProperty("date_modified").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("<p><strong>This press release was withdrawn on 3 March 2022</strong></p>", json.GetProperty("content_html").GetString(), StringComparison.Ordinal);
        var encoded = feeds.Xml("feed.xml").Descendants(System.Xml.Linq.XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/")).First().Value;
        Assert.StartsWith("<p><strong>This press release was withdrawn", encoded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minor_change_moves_nothing_a_major_change_moves_last_updated_history_and_feeds()
    {
        const string Minor = "updated:\n  - date: 2021-06-12\n    note: Typo fixed.\n    minor: true";
        const string Major = "updated:\n  - date: 2021-06-12\n    note: Figures corrected.";
        var plain = await BuildAsync("");
        var minor = await BuildAsync(Minor);
        var major = await BuildAsync(Major);

        // A minor change: the same page metadata and feeds as no change at all.
        Assert.Equal(plain.Read("feed.xml"), minor.Read("feed.xml"));
        Assert.Equal(plain.Read("atom.xml"), minor.Read("atom.xml"));
        Assert.Equal(plain.Read("releases/a/index.html"), minor.Read("releases/a/index.html"));
        Assert.DoesNotContain("Typo fixed", minor.Read("releases/a/index.html"), StringComparison.Ordinal);

        Assert.Contains("Last updated", major.Read("releases/a/index.html"), StringComparison.Ordinal);
        Assert.Contains("Figures corrected.", major.Read("releases/a/index.html"), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2021, 6, 12, 0, 0, 0, TimeSpan.Zero),
            new FeedSite(major).Atom().Items.Single(i => i.Title.Text == "Partnership agreed").LastUpdatedTime);
    }
}
