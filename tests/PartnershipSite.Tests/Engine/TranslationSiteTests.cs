using AngleSharp.Html.Parser;
using PartnershipSite.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Tests.Engine;

/// <summary>
/// Issue 16's translations: a site with every press block and a Welsh translation builds with no diagnostic and passes
/// every check; each page is in its language throughout, both carry the translation switch and hreflang alternates,
/// the Welsh PDF says it is Welsh and reads in Welsh, and Welsh has its own feeds, which feedparser reads.
/// </summary>
public sealed class TranslationSiteTests
{
    private const string Original = "2021-06-10-blocks";
    private const string English = "releases/blocks/";
    private const string Welsh = "releases/blocks/cy/";

    private static readonly Lazy<Task<TestSite>> Built = new(async () =>
    {
        var site = TestSite.Parse(WelshSamples.SiteYml
            + TestSite.Release(Original, "Science fund opens for bids", body: PressBlockSamples.Body)
            + WelshSamples.Translation(Original));
        var result = await site.BuildAsync();
        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return site;
    });

    [Fact]
    public async Task The_translation_is_a_Welsh_page_at_cy_with_the_frame_in_Welsh()
    {
        var site = await Built.Value;

        var page = new HtmlParser().ParseDocument(site.Read(Welsh + "index.html"));

        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Datganiad i'r wasg", page.QuerySelector(".document-type")!.TextContent);
        Assert.Equal(["Gan:", "Cyhoeddwyd:"], page.QuerySelectorAll(".metadata dt").Select(d => d.TextContent));
        Assert.Equal("10 Mehefin 2021", page.QuerySelector(".metadata time")!.TextContent);
        Assert.Equal("Llwytho'r datganiad hwn i lawr", page.QuerySelector("#download-heading")!.TextContent);
        Assert.Matches(@"\(PDF, \d+ KB, (1 dudalen|\d+ o dudalennau)\)$", page.QuerySelector(".download a")!.TextContent);
        Assert.Equal("Neidio i'r prif gynnwys", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("Gwefan", page.QuerySelector(".site-nav")!.GetAttribute("aria-label"));
        Assert.StartsWith("Cyhoeddwyd gan Department for Testing.", page.QuerySelector(".site-footer p")!.TextContent, StringComparison.Ordinal);
        // The callouts are announced in Welsh, and no element repeats a lang the page already has.
        Assert.Equal(["Gwybodaeth", "Rhybudd"], page.QuerySelectorAll("div[role=note]").Select(n => n.GetAttribute("aria-label")));
        Assert.Equal("Gwybodaeth: ", page.QuerySelector(".info-notice .visually-hidden")!.TextContent);
        Assert.Null(page.QuerySelector("main h1[lang], main .body[lang]"));
        // A contact line the editor did not label is labelled in Welsh too.
        Assert.Equal(["Ffôn:", "Y tu allan i oriau swyddfa:", "E-bost:"], page.QuerySelectorAll(".contact .type").Select(t => t.TextContent));
        // The Welsh page offers the Welsh feeds first.
        Assert.Equal("https://example.gov.uk/cy/feed.xml", page.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Both_pages_carry_the_translation_switch_and_hreflang_alternates_to_each_other_and_themselves()
    {
        var site = await Built.Value;

        foreach (var (path, current, other, otherPath, otherLanguage) in new[]
        {
            (English, "English", "Cymraeg", Welsh, "cy"),
            (Welsh, "Cymraeg", "English", English, "en-GB"),
        })
        {
            var page = new HtmlParser().ParseDocument(site.Read(path + "index.html"));
            var nav = page.QuerySelector("nav.translation-nav")!;
            Assert.Equal(path == English ? "Translations" : "Cyfieithiadau", nav.GetAttribute("aria-label"));
            var here = nav.QuerySelector("[aria-current]")!;
            Assert.Equal(("span", current), (here.LocalName, here.TextContent));
            var link = Assert.Single(nav.QuerySelectorAll("a"));
            Assert.Equal((other, "/" + otherPath, otherLanguage, otherLanguage),
                (link.TextContent, link.GetAttribute("href"), link.GetAttribute("hreflang"), link.GetAttribute("lang")));
            Assert.Equal([("en-GB", "https://example.gov.uk/" + English), ("cy", "https://example.gov.uk/" + Welsh)],
                page.QuerySelectorAll("head link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))));
        }
    }

    [Fact]
    public async Task The_Welsh_PDF_declares_cy_and_reads_in_Welsh()
    {
        var site = await Built.Value;
        var pdf = site.FileSystem.ReadAllBytes("output/" + Welsh + "blocks.pdf");

        string text;
        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal("cy", Assert.IsType<StringToken>(document.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
            Assert.Equal("Y gronfa wyddoniaeth yn agor ar gyfer cynigion", document.Information.Title);
            text = Words(document);
        }
        Assert.Contains("Datganiad i'r wasg", text, StringComparison.Ordinal);
        Assert.Contains("Gan:", text, StringComparison.Ordinal);
        Assert.Contains("Cyhoeddwyd: 10 Mehefin 2021", text, StringComparison.Ordinal);
        Assert.Contains("Gwybodaeth: Bydd cynigion yn cau", text, StringComparison.Ordinal);
        Assert.Contains("Rhybudd: Ni fydd cynigion", text, StringComparison.Ordinal);
        Assert.Contains("Cyswllt swyddfa'r wasg", text, StringComparison.Ordinal);
        Assert.Contains("E-bost: press@example.gov.uk", text, StringComparison.Ordinal);
        var footers = PdfReadBack.ArtifactText(pdf);
        Assert.Equal(Enumerable.Range(1, footers.Count).Select(n => $"Tudalen {n} o {footers.Count}"), footers.Select(t => t[t.LastIndexOf("Tudalen", StringComparison.Ordinal)..]));
        // The English PDF stays English.
        using var english = PdfDocument.Open(site.FileSystem.ReadAllBytes("output/" + English + "blocks.pdf"));
        Assert.Contains("Information: Bids close", Words(english), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Welsh_has_its_own_feeds_which_feedparser_reads_and_the_listings_stay_English()
    {
        var site = await Built.Value;

        var rss = FeedParser.Parse(site.Read("cy/feed.xml"));
        var atom = FeedParser.Parse(site.Read("cy/atom.xml"));
        foreach (var feed in new[] { rss, atom })
        {
            Assert.False(feed.Bozo);
            Assert.Equal("Test site (Cymraeg)", feed.Title);
            Assert.Equal(["Y gronfa wyddoniaeth yn agor ar gyfer cynigion"], feed.Entries.Select(e => e.Title));
            var content = new HtmlParser().ParseDocument(feed.Entries[0].Content).Body!;
            Assert.StartsWith("Gwybodaeth: Bydd cynigion", PdfReadBack.Normalise(content.QuerySelector(".info-notice")!.TextContent), StringComparison.Ordinal);
        }
        Assert.Contains("<language>cy</language>", site.Read("cy/feed.xml"), StringComparison.Ordinal);
        Assert.Contains("xml:lang=\"cy\"", site.Read("cy/atom.xml"), StringComparison.Ordinal);
        var json = System.Text.Json.JsonDocument.Parse(site.Read("cy/feed.json")).RootElement;
        Assert.Equal("cy", json.GetProperty("language").GetString());
        Assert.Equal("https://example.gov.uk/" + Welsh, json.GetProperty("items")[0].GetProperty("url").GetString());

        // The site's own feeds and listings carry only the original.
        Assert.Equal(["Science fund opens for bids"], FeedParser.Parse(site.Read("feed.xml")).Entries.Select(e => e.Title));
        Assert.DoesNotContain("/cy/", site.Read("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("/cy/", site.Read("organisations/department-for-testing/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_both_versions_with_their_alternates()
    {
        var site = await Built.Value;

        var sitemap = System.Xml.Linq.XDocument.Parse(site.Read("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        foreach (var path in new[] { English, Welsh })
        {
            var url = sitemap.Descendants(ns + "url").Single(u => u.Element(ns + "loc")!.Value == "https://example.gov.uk/" + path);
            Assert.Equal([("en-GB", "https://example.gov.uk/" + English), ("cy", "https://example.gov.uk/" + Welsh)],
                url.Elements(xhtml + "link").Select(l => ((string?)l.Attribute("hreflang"), (string?)l.Attribute("href"))));
        }
    }

    private static string Words(PdfDocument document) =>
        string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
}
