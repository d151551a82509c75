using AngleSharp.Html.Parser;
using PartnershipSite.Tests.Support;
using UglyToad.PdfPig;

namespace PartnershipSite.Tests.Pdf;

public sealed class ReleasePdfFootnoteTests
{
    private const string Body = """
        The partnership is worth £32.6 billion.[^value] Officials will meet each year.[^meet]

        A second paragraph cites the value again.[^value]

        [^meet]: The first meeting is in Washington in the autumn.
        [^value]: Office for National Statistics, *UK trade in numbers*, 2021. See [the data](https://www.ons.gov.uk/).
        """;

    private static async Task<(TestSite Site, byte[] Pdf)> BuildAsync()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: Body));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return (site, site.FileSystem.ReadAllBytes("output/releases/a/a.pdf"));
    }

    [Fact]
    public async Task Footnote_references_are_tagged_references_and_the_notes_a_numbered_list_in_order_of_first_use()
    {
        var (_, pdf) = await BuildAsync();

        var tree = PdfTools.Run("pdfinfo", pdf, "-struct-text").Output;
        Assert.Contains("""
                "The partnership is worth £32.6 billion."
                Reference (inline)
                  "1"
                " Officials will meet each year."
                Reference (inline)
                  "2"
            """.ReplaceLineEndings("\n"), tree);
        Assert.Contains("""
              L (block)
                LI (block)
                  Lbl (block)
                    "1. "
                  LBody (block)
                    "Office for National Statistics, UK trade in numbers, 2021. See "
                    Link (inline)
            """.ReplaceLineEndings("\n"), tree);
        Assert.Contains("""
                LI (block)
                  Lbl (block)
                    "2. "
                  LBody (block)
                    "The first meeting is in Washington in the autumn."
              H2 (block)
                "Press office contact"
            """.ReplaceLineEndings("\n"), tree);
        Assert.Empty(MarkedContentNesting.Problems(pdf));
        Assert.Equal(0, PdfTools.Run("qpdf", pdf, "--check").ExitCode);
    }

    [Fact]
    public async Task Footnote_reference_is_a_smaller_raised_number_after_its_word()
    {
        var (_, pdf) = await BuildAsync();

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters.ToList();
        // The full stop of "billion." and the letter after it.
        var dot = Enumerable.Range(1, letters.Count - 2).First(i => letters[i].Value == "." && letters[i - 1].Value == "n");
        var reference = letters[dot + 1];
        Assert.Equal("1", reference.Value);
        Assert.True(reference.FontSize < letters[dot].FontSize * 0.8, $"{reference.FontSize} pt");
        Assert.True(reference.StartBaseLine.Y > letters[dot].StartBaseLine.Y + 3, "raised above the baseline");
    }

    [Fact]
    public async Task Notes_read_as_the_page_shows_them_with_their_links()
    {
        var (site, pdf) = await BuildAsync();

        var notes = new HtmlParser().ParseDocument(site.Read("releases/a/index.html")).QuerySelectorAll(".footnotes li")
            .Select(li => PdfReadBack.Normalise(li.TextContent.Replace("\u21A9", "", StringComparison.Ordinal))).ToList();
        Assert.Equal(2, notes.Count);
        var text = PdfReadBack.TaggedText(pdf);
        var positions = notes.Select((note, i) => text.IndexOf($"{i + 1}. {note}", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > text.IndexOf("cites the value again", StringComparison.Ordinal)));
        Assert.True(positions[0] < positions[1]);
        using var document = PdfDocument.Open(pdf);
        Assert.Contains(document.GetPage(1).GetHyperlinks(), h => h.Uri == "https://www.ons.gov.uk/");
    }
}
