using System.Text.RegularExpressions;
using PartnershipSite.Tests.Support;
using PartnershipSite.Templates;
using PartnershipSite.Text;
using UglyToad.PdfPig;

namespace PartnershipSite.Tests.Pdf;

public sealed partial class ReleasePdfTests
{
    private static async Task<(TestSite Site, PartnershipSite.Engine.BuildResult Result)> BuildAsync(string title = "A release", string body = "Body text.", string extra = "")
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", title, extra: extra, body: body));
        return (site, await site.BuildAsync());
    }

    private static byte[] Pdf(TestSite site) => site.FileSystem.ReadAllBytes("output/releases/a/a.pdf");

    private static List<string> Roles(byte[] pdf) =>
        [.. PdfTools.Run("pdfinfo", pdf, "-struct").Output.Split('\n').Where(l => l.Trim().Length > 0)];

    [Fact]
    public async Task Title_with_ampersand_angle_bracket_and_quotes_is_escaped_in_the_xmp_and_info()
    {
        const string title = "Tom & Jerry <agree> \"quoted\" and ‘single’";
        var (site, result) = await BuildAsync(title: "'Tom & Jerry <agree> \"quoted\" and ‘single’'");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Pdf(site);
        using var document = PdfDocument.Open(pdf);
        // The Info title is UTF-16BE (PDFsharp writes it right; PdfPig 0.1.16 misreads ‘ ’ there), so pdfinfo checks it below.
        Assert.StartsWith("Tom & Jerry <agree> \"quoted\"", document.Information.Title);
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        System.Xml.Linq.XNamespace dc = "http://purl.org/dc/elements/1.1/";
        // Parsed from the raw bytes: XmpMetadata.GetXDocument decodes them as Latin-1.
        var xml = System.Xml.Linq.XDocument.Load(new MemoryStream(xmp.GetXmlBytes().ToArray()));
        Assert.Equal(title, xml.Descendants(dc + "title").Single().Value);
        Assert.Matches(@"(?m)^Title:\s+Tom & Jerry <agree> ""quoted"" and ‘single’$", PdfTools.Run("pdfinfo", pdf).Output);
        Assert.Equal(0, PdfTools.Run("qpdf", pdf, "--check").ExitCode);
    }

    [Fact]
    public async Task Release_without_quotes_has_paragraphs_and_no_block_quote()
    {
        var (site, result) = await BuildAsync(body: "First paragraph.\n\nSecond paragraph with *emphasis* and `code`.");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var roles = Roles(Pdf(site));
        Assert.DoesNotContain(roles, r => r.Contains("BlockQuote", StringComparison.Ordinal));
        Assert.Contains("First paragraph. Second paragraph with emphasis and code.", PdfReadBack.Normalise(PdfReadBack.TaggedText(Pdf(site)).Replace(".Second", ". Second", StringComparison.Ordinal)));
        Assert.Contains(roles, r => r.Trim() == "Code (inline)");
    }

    [Fact]
    public async Task Three_level_list_is_tagged_as_lists_nested_in_list_bodies()
    {
        var (site, result) = await BuildAsync(body: "- one\n  - two\n    - three\n- four\n\n1. first\n2. second");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Pdf(site);
        var lists = Roles(pdf).Where(r => r.Trim() == "L (block)").Select(r => r.Length - r.TrimStart().Length).ToList();
        // The frame's From list (one organisation), three nested levels (each L inside the LBody of the level above: 3
        // deeper per level) and the ordered list.
        Assert.Equal(5, lists.Count);
        Assert.Equal(lists[0], lists[1]);
        Assert.Equal(lists[1] + 6, lists[2]);
        Assert.Equal(lists[2] + 6, lists[3]);
        Assert.Equal(lists[1], lists[4]);
        var text = PdfReadBack.TaggedText(pdf);
        Assert.Contains("• one", text);
        Assert.Contains("– two", text);
        Assert.Contains("• three", text);
        Assert.Contains("1. first", text);
        Assert.Contains("2. second", text);
    }

    [Fact]
    public async Task Long_release_runs_to_four_pages_or_more_and_a_paragraph_crossing_a_page_is_one_P()
    {
        var paragraphs = Enumerable.Range(1, 24).Select(i => $"Paragraph {i} says " + string.Concat(Enumerable.Repeat("the partnership will deepen ties in science and technology, ", 6 + i % 4)) + "end.").ToList();
        var (site, result) = await BuildAsync(body: string.Join("\n\n", paragraphs));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Pdf(site);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 4, $"{document.NumberOfPages} pages");
        // Kicker, standfirst, From, Published, the 24 paragraphs and the press contact: one P each, whatever the page breaks.
        Assert.Equal(4 + 24 + 1, Roles(pdf).Count(r => r.Trim() == "P (block)"));
        var text = PdfReadBack.TaggedText(pdf);
        Assert.All(paragraphs, p => Assert.Contains(p, text));
        var footers = PdfReadBack.ArtifactText(pdf);
        Assert.EndsWith($"Page {document.NumberOfPages} of {document.NumberOfPages}", footers[^1]);
        Assert.Contains($"(PDF, {FileSize.Display(pdf.Length)}, {document.NumberOfPages} pages)", site.Read("releases/a/index.html"));
    }

    [Fact]
    public async Task No_page_starts_or_ends_a_paragraph_with_a_single_line()
    {
        var paragraphs = Enumerable.Range(1, 30).Select(i => string.Concat(Enumerable.Repeat($"Line filler {i} ", 12 + i % 7)).Trim()).ToList();
        var (site, result) = await BuildAsync(body: string.Join("\n\n", paragraphs));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        using var document = PdfDocument.Open(Pdf(site));
        foreach (var page in document.GetPages())
        {
            // Lines of one paragraph share its number; a number seen on only one line of a page but on other pages too is an orphan or widow.
            var lines = page.Letters.Where(l => l.FontSize > 10 && l.FontSize < 12).GroupBy(l => Math.Round(l.StartBaseLine.Y))
                .Select(g => FillerNumber().Match(string.Concat(g.Select(l => l.Value)))).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
            foreach (var number in lines.Distinct())
            {
                var total = paragraphs[int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) - 1].Length;
                var onPage = lines.Count(n => n == number);
                Assert.True(onPage >= 2 || total < 60, $"paragraph {number} has a single line on page {page.Number}");
            }
        }
    }

    [Fact]
    public async Task Pound_dashes_curly_quotes_dollar_and_euro_render_and_extract()
    {
        const string body = "Worth £32.6 billion – or $16 billion, “so they say”, and ‘unicorns’ at €8.";
        var (site, result) = await BuildAsync(body: body);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Pdf(site);
        Assert.Contains(body, PdfReadBack.TaggedText(pdf));
        Assert.Contains(body, PdfReadBack.Normalise(PdfTools.Run("pdftotext", pdf, "-enc", "UTF-8", PdfTools.PdfPath, "-").Output));
    }

    [Fact]
    public async Task Passage_in_another_language_is_tagged_with_its_language()
    {
        var (site, result) = await BuildAsync(body: "In English, *bonjour*{lang=fr}.\n\nCroeso i Gymru. {lang=cy}");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<p lang=\"cy\">Croeso i Gymru. </p>", site.Read("releases/a/index.html"));
        Assert.Contains("<em lang=\"fr\">bonjour</em>", site.Read("releases/a/index.html"));
        var qdf = PdfTools.Qdf(Pdf(site));
        Assert.Matches(@"/Lang \(cy\)", qdf);
        Assert.Matches(@"/Lang \(fr\)", qdf);
        Assert.Matches(@"/Lang \(en-GB\)", qdf);
    }

    [Fact]
    public async Task Theme_without_fonts_gives_a_diagnostic_naming_the_missing_file()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a"));
        site.FileSystem.DeleteDirectory("/site/theme/fonts");

        var result = await site.BuildAsync();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "PS0503");
        Assert.Contains("AtkinsonHyperlegible_400Regular.ttf", diagnostic.Message);
    }

    [Fact]
    public async Task Release_page_links_the_pdf_naming_format_size_and_pages_and_offers_other_formats()
    {
        var (site, result) = await BuildAsync(title: "First release");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = site.Read("releases/a/index.html");
        var size = FileSize.Display(Pdf(site).Length);
        Assert.Contains($"<a href=\"/releases/a/a.pdf\" type=\"application/pdf\" download>First release (PDF, {size}, 1 page)</a>", html);
        Assert.Contains("mailto:formats@example.gov.uk", html);
    }

    [Fact]
    public async Task Updated_release_shows_last_updated_and_its_published_dates_and_takes_the_update_as_modification_date()
    {
        var (site, result) = await BuildAsync(extra: """
            updated:
              - date: 2021-06-12
                note: Corrected the investment figure.
            """);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Pdf(site);
        var text = PdfReadBack.TaggedText(pdf);
        Assert.Contains("Last updated: 12 June 2021", text);
        Assert.Contains("10 June 2021: first published.", text);
        Assert.Contains("12 June 2021: Corrected the investment figure.", text);
        var info = PdfTools.Run("pdfinfo", pdf).Output;
        Assert.Matches(@"(?m)^CreationDate:\s+Thu Jun 10 00:00:00 2021 UTC$", info);
        Assert.Matches(@"(?m)^ModDate:\s+Sat Jun 12 00:00:00 2021 UTC$", info);
    }

    [Fact]
    public async Task Footer_shortens_a_long_headline_to_whole_words_with_an_ellipsis()
    {
        var title = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"word{i}"));
        var (site, result) = await BuildAsync(title: title);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var footer = PdfReadBack.ArtifactText(Pdf(site))[0];
        Assert.Matches(@"^word1 word2 word3 .*word\d+… Page 1 of 1$", footer);
        Assert.DoesNotContain("word30", footer);
    }

    [GeneratedRegex(@"Line filler (\d+)")]
    private static partial Regex FillerNumber();
}
