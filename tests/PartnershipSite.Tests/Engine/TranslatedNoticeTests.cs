using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Time.Testing;
using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.Tests.Support;
using UglyToad.PdfPig;

namespace PartnershipSite.Tests.Engine;

/// <summary>
/// A translation's lifecycle notices are in its language, from the theme's labels like the rest of its frame: the
/// withdrawal notice on the page, in the PDF and in its feed entry, the "[Withdrawn]" prefix of its listed title, and
/// a preview's embargo banner.
/// </summary>
public sealed class TranslatedNoticeTests
{
    private const string Original = "2021-06-10-fund";

    private const string Withdrawal = """
        withdrawn:
          date: 2022-03-03
          note: Disodlwyd y polisi hwn gan bartneriaeth wyddoniaeth 2022.
        """;

    [Fact]
    public async Task A_withdrawn_translation_says_so_in_Welsh_on_its_page_in_its_pdf_and_in_the_Welsh_feed()
    {
        var site = TestSite.Parse(WelshSamples.SiteYml
            + TestSite.Release(Original, "Science fund opens for bids", extra: Withdrawal.Replace("Disodlwyd y polisi hwn gan bartneriaeth wyddoniaeth 2022.", "Replaced by the 2022 partnership.", StringComparison.Ordinal))
            + WelshSamples.Translation(Original, extra: Withdrawal, body: "Mae'r gronfa wyddoniaeth yn agor heddiw."));

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        // Withdrawn in both languages on one day, the translation is not out of date (PS0172), and the formats agree.
        Assert.Empty(result.Diagnostics);
        var welsh = new HtmlParser().ParseDocument(site.Read("releases/fund/cy/index.html"));
        Assert.Equal("Tynnwyd y datganiad i'r wasg yn ôl ar 3 Mawrth 2022", welsh.QuerySelector("#withdrawn-heading")!.TextContent);
        var english = new HtmlParser().ParseDocument(site.Read("releases/fund/index.html"));
        Assert.Equal("This press release was withdrawn on 3 March 2022", english.QuerySelector("#withdrawn-heading")!.TextContent);

        using (var pdf = PdfDocument.Open(site.FileSystem.ReadAllBytes("output/releases/fund/cy/fund.pdf")))
        {
            var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Tynnwyd y datganiad i'r wasg yn ôl ar 3 Mawrth 2022", text, StringComparison.Ordinal);
            Assert.DoesNotContain("withdrawn", text, StringComparison.OrdinalIgnoreCase);
        }

        var item = Assert.Single(XDocument.Parse(site.Read("cy/feed.xml")).Descendants("item"));
        Assert.Equal("[Wedi'i dynnu'n ôl] Y gronfa wyddoniaeth yn agor ar gyfer cynigion", item.Element("title")!.Value);
        var content = item.Element(XNamespace.Get("http://purl.org/rss/1.0/modules/content/") + "encoded")!.Value;
        Assert.StartsWith("<p><strong>Tynnwyd y datganiad i'r wasg yn ôl ar 3 Mawrth 2022</strong></p>", System.Net.WebUtility.HtmlDecode(content), StringComparison.Ordinal);
        Assert.Equal("[Withdrawn] Science fund opens for bids",
            Assert.Single(XDocument.Parse(site.Read("feed.xml")).Descendants("item")).Element("title")!.Value);
    }

    [Fact]
    public async Task A_preview_of_an_embargoed_translation_carries_the_banner_in_Welsh()
    {
        var site = TestSite.Parse(WelshSamples.SiteYml
            + TestSite.Release(Original, "Science fund opens for bids", extra: "publish_at: 2021-06-10T00:01:00+01:00")
            + WelshSamples.Translation(Original, extra: "publish_at: 2021-06-10T00:01:00+01:00", body: "Mae'r gronfa wyddoniaeth yn agor heddiw."));
        var steps = Pipeline.WithoutPublishing.Add(new PartnershipSite.Steps.WriteChangedFiles());

        var result = await new SiteBuilder(site.FileSystem, new FakeTimeProvider(new DateTimeOffset(2021, 6, 9, 12, 0, 0, TimeSpan.Zero)), steps).BuildAsync(
            new BuildOptions("input", "output.preview", DisplayRoot: "/site", ShowEmbargoed: true), TestContext.Current.CancellationToken);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        string Page(string path) => System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes($"/site/output.preview/{path}")));
        Assert.Contains("Dan embargo tan 00:01 ar 10 Mehefin 2021 (UTC+01:00) — nid yw'n gyhoeddus", Page("releases/fund/cy/index.html"), StringComparison.Ordinal);
        Assert.Contains("Embargoed until 00:01 on 10 June 2021 (UTC+01:00) — not public", Page("releases/fund/index.html"), StringComparison.Ordinal);
    }
}
