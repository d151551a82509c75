using AngleSharp.Html.Parser;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Content;

/// <summary>
/// Whole-site: the page and the PDF render one document, so they show the same frame in the same order and words.
/// The frame is read off the page (its header, terms and sections outside the body) and found, in that order, in
/// the PDF's tagged text as PdfPig reads it back.
/// </summary>
public sealed class ReleaseDocumentTests
{
    private const string Updated = """
        from:
          organisations:
            - Department for Testing
            - Office for Trials
          people:
            - Jo Bloggs, Minister for Testing
        topics:
          - Testing
          - Quality
        updated:
          - date: 2021-07-01
            note: Added the regional figures.
        contact: "Trials press office: 020 0000 1111"
        """;

    private static async Task<(string Html, string PdfText)> BuildAsync(string extra)
    {
        var release = TestSite.Release("2021-06-10-a", "A release", body: "A summary.\n\nThe body's own first paragraph.");
        if (extra.Length > 0)
        {
            // This release's own organisations and people in place of TestSite's one organisation.
            release = release.Replace("from:\n  organisations:\n    - Department for Testing\n", extra + "\n", StringComparison.Ordinal);
        }
        var site = TestSite.Parse(TestSite.SiteYml + release);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return (site.Read("releases/a/index.html"), PdfReadBack.TaggedText(site.FileSystem.ReadAllBytes("output/releases/a/a.pdf")));
    }

    // The page's frame, in order: header, each term and its items, then each section's heading and text (but the
    // download block, which is the page's own: the PDF is the download).
    private static List<string> PageFrame(string html)
    {
        var article = new HtmlParser().ParseDocument(html).QuerySelector("article.release")!;
        var parts = new List<string>();
        foreach (var element in article.QuerySelectorAll("header p, header h1, dt, dd li, dd time, section:not(.download) h2, section:not(.download) p, section:not(.download) li, nav h2, nav li"))
        {
            parts.Add(PdfReadBack.Normalise(element.TextContent));
        }
        return parts;
    }

    [Fact]
    public async Task An_updated_release_shows_the_same_frame_in_the_same_order_on_its_page_and_in_its_pdf()
    {
        var (html, pdf) = await BuildAsync(Updated);
        var frame = PageFrame(html);

        Assert.Equal(["Press release", "A release", "A summary.", "From:", "Department for Testing", "Office for Trials", "People:", "Jo Bloggs, Minister for Testing",
            "Published:", "10 June 2021", "Last updated:", "1 July 2021", "Explore the topic", "Testing", "Quality", "Press office contact",
            "Trials press office: 020 0000 1111", "Published dates", "10 June 2021: first published.", "1 July 2021: Added the regional figures."], frame);
        var position = 0;
        foreach (var part in frame)
        {
            var found = pdf.IndexOf(part, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' is not in the PDF after character {position}:\n{pdf}");
            position = found + part.Length;
        }
    }

    [Fact]
    public async Task A_release_never_updated_has_no_history_in_either_format_and_its_standfirst_once()
    {
        var (html, pdf) = await BuildAsync("");

        Assert.DoesNotContain("Published dates", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Published dates", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("Last updated", html + pdf, StringComparison.Ordinal);
        // The body's paragraph repeating the summary is left out of both; the summary is the standfirst.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html[html.IndexOf("<main", StringComparison.Ordinal)..], "A summary\\."));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(pdf, "A summary\\."));
        Assert.Contains("The body's own first paragraph.", pdf, StringComparison.Ordinal);
    }
}
