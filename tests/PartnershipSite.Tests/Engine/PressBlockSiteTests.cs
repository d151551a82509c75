using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PartnershipSite.Tests.Support;
using UglyToad.PdfPig;

namespace PartnershipSite.Tests.Engine;

/// <summary>
/// A whole site with every Govspeak press block: it builds and passes every check, and each block reads right on the
/// page (AngleSharp), in the PDF (PdfPig and poppler's structure tree) and in the feeds (feedparser, JSON).
/// </summary>
public sealed class PressBlockSiteTests
{
    private static readonly Lazy<Task<TestSite>> Built = new(async () =>
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-blocks", "Science fund opens for bids", body: PressBlockSamples.Body));
        var result = await site.BuildAsync();
        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return site;
    });

    [Fact]
    public async Task Every_block_renders_GOV_UK_markup_on_the_page()
    {
        var site = await Built.Value;

        var body = new HtmlParser().ParseDocument(site.Read("releases/blocks/index.html")).QuerySelector("main")!;

        var notes = body.QuerySelectorAll("div[role=note]").Select(n => (n.GetAttribute("aria-label"), n.QuerySelector(".visually-hidden")!.TextContent, n.QuerySelectorAll("p").Length)).ToList();
        Assert.Equal([("Information", "Information: ", 1), ("Warning", "Warning: ", 2)], notes);
        Assert.Equal("£50 million", body.QuerySelector(".stat-headline em")!.TextContent);
        Assert.Equal("https://www.gov.uk/guidance/science-fund-bids", body.QuerySelector(".call-to-action a")!.GetAttribute("href"));
        var contact = body.QuerySelector(".contact")!;
        Assert.Equal("Press office, Department for Testing", contact.QuerySelector(".fn")!.TextContent);
        Assert.Equal(["tel:02079460000", "tel:+442079460999", "mailto:press@example.gov.uk"], contact.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Department for Testing<br>70 Whitehall<br>London SW1A 2AS", body.QuerySelector(".address p")!.InnerHtml);
        // The blocks sit in the release body in source order, between its paragraphs.
        Assert.Equal(["p", "div", "div", "div", "div", "h2", "div", "p", "div", "p"],
            body.QuerySelector(".body")!.Children.Select(c => c.LocalName));
    }

    [Fact]
    public async Task The_PDF_tags_each_block_as_a_Div_with_its_label_and_links()
    {
        var site = await Built.Value;
        var pdf = site.FileSystem.ReadAllBytes("output/releases/blocks/blocks.pdf");

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Information: Bids close at noon on 30 June 2021.", text, StringComparison.Ordinal);
        Assert.Contains("Warning: Bids sent by post will not be read.", text, StringComparison.Ordinal);
        Assert.Contains("£50 million for research partnerships in 2021", text, StringComparison.Ordinal);
        Assert.Contains("Telephone: 020 7946 0000 Out of hours: +44 (0)20 7946 0999 Email: press@example.gov.uk", text, StringComparison.Ordinal);
        Assert.Contains("Department for Testing 70 Whitehall London SW1A 2AS", text, StringComparison.Ordinal);
        var uris = document.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Content).ToList();
        Assert.Contains("020 7946 0000", uris);
        Assert.Contains("press@example.gov.uk", uris);

        var tree = PdfTools.Run("pdfinfo", pdf, "-struct-text").Output;
        // Five Divs of press blocks (the sixth, the statistic, too): each holds its paragraphs.
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(tree, @"(?m)^\s+Div\b"));
        Assert.Matches(@"Div\b[^\n]*\n\s+P\b[^\n]*\n\s+""Information:""", tree);
        Assert.Matches(@"""Telephone: ""\n\s+Link\b", tree);
    }

    [Fact]
    public async Task The_feeds_carry_the_blocks_markup_and_their_labels()
    {
        var site = await Built.Value;

        var atom = FeedParser.Parse(site.Read("atom.xml")).Entries.Single().Content;
        var rss = FeedParser.Parse(site.Read("feed.xml")).Entries.Single().Content;
        var json = System.Text.Json.JsonDocument.Parse(site.Read("feed.json")).RootElement.GetProperty("items")[0].GetProperty("content_html").GetString()!;
        var atomContent = System.Xml.Linq.XDocument.Parse(site.Read("atom.xml")).Descendants(System.Xml.Linq.XName.Get("content", "http://www.w3.org/2005/Atom")).Single().Value;
        var rssContent = System.Xml.Linq.XDocument.Parse(site.Read("feed.xml")).Descendants(System.Xml.Linq.XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/")).Single().Value;

        foreach (var content in new[] { atom, rss, json })
        {
            var fragment = new HtmlParser().ParseDocument(content).Body!;
            // Without the stylesheet a reader shows the hidden label as a lead-in: the callout still says what it is.
            Assert.StartsWith("Information: Bids close", Text(fragment.QuerySelector(".info-notice")!), StringComparison.Ordinal);
            Assert.StartsWith("Warning: Bids sent", Text(fragment.QuerySelector(".help-notice")!), StringComparison.Ordinal);
            Assert.Contains("mailto:press@example.gov.uk", fragment.QuerySelectorAll(".contact a").Select(a => a.GetAttribute("href")));
            Assert.NotNull(fragment.QuerySelector(".stat-headline em"));
            Assert.NotNull(fragment.QuerySelector(".address p br"));
        }
        // feedparser's sanitiser drops tel: (not on its list of schemes); the feeds themselves carry every link.
        foreach (var content in new[] { atomContent, rssContent, json })
        {
            Assert.Equal(["tel:02079460000", "tel:+442079460999", "mailto:press@example.gov.uk"],
                new HtmlParser().ParseDocument(content).QuerySelectorAll(".contact a").Select(a => a.GetAttribute("href")));
        }
    }

    private static string Text(IElement element) => System.Text.RegularExpressions.Regex.Replace(element.TextContent, @"\s+", " ").Trim();
}
