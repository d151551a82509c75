using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PartnershipSite.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Tests.Pdf;

public sealed partial class RealReleasePdfTests
{
    [Fact]
    public async Task Pdf_reads_back_with_title_language_and_the_page_count_the_page_shows()
    {
        var (pdf, html, _) = await RealReleasePdf.GetAsync();

        using var document = PdfDocument.Open(pdf);
        Assert.Equal("UK and US agree to strengthen ties in science and technology", document.Information.Title);
        Assert.StartsWith("Department for Digital, Culture, Media & Sport", document.Information.Author);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.Equal("en-GB", ((StringToken)catalog.Data["Lang"]).Data);
        Assert.True(document.NumberOfPages >= 2);
        Assert.Contains($"(PDF, {Math.Ceiling(pdf.Length / 1024.0)} KB, {document.NumberOfPages} pages)", html);
    }

    [Fact]
    public async Task Every_paragraph_of_the_html_body_appears_in_order_in_the_pdf_text()
    {
        var (pdf, html, _) = await RealReleasePdf.GetAsync();
        var body = new HtmlParser().ParseDocument(html).QuerySelector("div.body")!;
        // What is read: an attribution hidden because its lead-in says it is an artifact in the PDF.
        var paragraphs = body.QuerySelectorAll("p, li, h2, h3, figcaption:not([aria-hidden=true])")
            .Select(e =>
            {
                var copy = e.Clone(true) as AngleSharp.Dom.IElement;
                foreach (var nested in copy!.QuerySelectorAll("ul, ol, p").ToList())
                {
                    nested.Remove();
                }
                return PdfReadBack.Normalise(copy.TextContent);
            })
            .Where(t => t.Length > 0)
            .ToList();
        var text = PdfReadBack.TaggedText(pdf);

        Assert.True(paragraphs.Count > 30, $"only {paragraphs.Count} paragraphs found in the HTML body");
        var position = 0;
        foreach (var paragraph in paragraphs)
        {
            var found = text.IndexOf(paragraph, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Not found in the PDF after position {position}: \"{paragraph}\"");
            position = found + paragraph.Length;
        }
    }

    [Fact]
    public async Task Every_link_uri_equals_the_html_link_targets_in_order()
    {
        var (pdf, html, _) = await RealReleasePdf.GetAsync();
        var hrefs = new HtmlParser().ParseDocument(html).QuerySelectorAll("div.body a[href]").Select(a => a.GetAttribute("href")!).ToList();

        using var document = PdfDocument.Open(pdf);
        var uris = document.GetPages().SelectMany(p => p.GetHyperlinks()).Select(h => h.Uri).ToList();
        // A link wrapped over two lines is two annotations with the same target.
        var distinct = uris.Where((u, i) => i == 0 || u != uris[i - 1]).ToList();

        Assert.Equal(hrefs, distinct);
        Assert.Contains("https://uknqt.ukri.org/", uris);
    }

    [Fact]
    public async Task Every_font_is_an_embedded_subset()
    {
        var (pdf, _, _) = await RealReleasePdf.GetAsync();

        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+AtkinsonHyperlegible", (f ?? "").Replace(" ", "", StringComparison.Ordinal)));

        var pdffonts = PdfTools.Run("pdffonts", pdf);
        Assert.Equal(0, pdffonts.ExitCode);
        var rows = pdffonts.Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        // Columns: name type encoding emb sub uni object ID.
        Assert.All(rows, row => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", row));
    }

    [Fact]
    public async Task Pdfinfo_reports_a_tagged_pdf_with_title_and_the_page_count()
    {
        var (pdf, _, _) = await RealReleasePdf.GetAsync();

        var info = PdfTools.Run("pdfinfo", pdf);

        Assert.Equal(0, info.ExitCode);
        Assert.Matches(@"(?m)^Tagged:\s+yes$", info.Output);
        Assert.Matches(@"(?m)^Title:\s+UK and US agree to strengthen ties in science and technology$", info.Output);
        Assert.Matches(@"(?m)^Page size:\s+595\.28 x 841\.89 pts \(A4\)$", info.Output);
        Assert.Matches(@"(?m)^CreationDate:\s+Thu Jun 10 00:00:00 2021 UTC$", info.Output);
    }

    [Fact]
    public async Task Structure_tree_matches_the_golden_dump()
    {
        var (pdf, _, _) = await RealReleasePdf.GetAsync();

        var tree = PdfTools.Run("pdfinfo", pdf, "-struct-text");

        Assert.Equal(0, tree.ExitCode);
        // Link annotations appear as "Object N 0": object numbers are not part of the structure.
        Golden.GoldenFiles.Verify("real-release.structure.txt", ObjectNumber().Replace(tree.Output, "Object #"));
    }

    [Fact]
    public async Task Structure_tree_has_headings_lists_quotes_and_links_in_reading_order()
    {
        var (pdf, _, _) = await RealReleasePdf.GetAsync();

        var tree = PdfTools.Run("pdfinfo", pdf, "-struct").Output;
        var roles = tree.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => l.Split(' ')[0]).ToList();

        Assert.Equal("Document", roles[0]);
        Assert.Equal(["P", "H1", "P"], roles.Skip(1).Take(3));
        // The three summary points, the two organisations and two people of the frame, and the three topics.
        Assert.Equal(10, roles.Count(r => r == "LI"));
        Assert.Equal(4, roles.Count(r => r == "BlockQuote"));
        // Every quotation's lead-in names its speaker, so each attribution is drawn as an artifact, not read again.
        Assert.Equal(0, roles.Count(r => r == "Caption"));
        // "Notes to editors" and "Explore the topic"; the notes give the press office's number, so no contact section.
        Assert.Equal(2, roles.Count(r => r == "H2"));
        Assert.True(roles.Count(r => r == "Link") >= 5);
        Assert.True(roles.IndexOf("L") < roles.IndexOf("BlockQuote"));
    }

    [Fact]
    public async Task Qpdf_check_finds_no_errors()
    {
        var (pdf, _, _) = await RealReleasePdf.GetAsync();

        var check = PdfTools.Run("qpdf", pdf, "--check");

        Assert.Contains("No syntax or stream encoding errors found", check.Output);
        Assert.DoesNotMatch("(?m)^(ERROR|qpdf: .*error)", check.Output + check.Error);
        Assert.Equal(0, check.ExitCode);
        Assert.Empty(check.Error);
    }

    [Fact]
    public async Task Marked_content_nests_properly_with_text_objects_on_every_page()
    {
        var (pdf, _, _) = await RealReleasePdf.GetAsync();

        var qdf = PdfTools.Qdf(pdf);
        var pages = PageContent().Matches(qdf);

        Assert.NotEmpty(pages);
        foreach (Match page in pages)
        {
            var stack = new Stack<string>();
            foreach (Match op in Operator().Matches(page.Groups["content"].Value))
            {
                switch (op.Value)
                {
                    case "BT":
                        stack.Push("text");
                        break;
                    case "BDC" or "BMC":
                        stack.Push("marked");
                        break;
                    case "ET":
                        Assert.True(stack.TryPop(out var t) && t == "text", $"ET closes marked content on page {page.Groups["page"].Value}");
                        break;
                    case "EMC":
                        Assert.True(stack.TryPop(out var m) && m == "marked", $"EMC closes a text object on page {page.Groups["page"].Value}");
                        break;
                }
            }
            Assert.Empty(stack);
        }
    }

    [Fact]
    public async Task Link_annotations_print_have_contents_and_pages_with_links_use_structure_order()
    {
        var (pdf, _, _) = await RealReleasePdf.GetAsync();

        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var links = page.GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
            if (links.Count == 0)
            {
                continue;
            }
            Assert.Equal("S", ((NameToken)page.Dictionary.Data["Tabs"]).Data);
            Assert.All(links, link =>
            {
                Assert.Equal(4, ((NumericToken)link.AnnotationDictionary.Data["F"]).Int);
                Assert.False(string.IsNullOrWhiteSpace(link.Content));
                Assert.True(link.AnnotationDictionary.Data.ContainsKey("StructParent"));
            });
        }
        // The programme's link wraps: two annotations, each describing the whole link.
        var wrapped = document.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Content == "National Quantum Technologies Programme").ToList();
        Assert.Equal(2, wrapped.Count);
    }

    [Fact]
    public async Task Outline_lists_the_headline_and_sections_and_opens_with_the_document()
    {
        var (pdf, _, _) = await RealReleasePdf.GetAsync();

        using var document = PdfDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.Equal("UseOutlines", ((NameToken)catalog.Data["PageMode"]).Data);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var root = Assert.Single(bookmarks.Roots);
        Assert.Equal("UK and US agree to strengthen ties in science and technology", root.Title);
        Assert.Equal(["Notes to editors", "Explore the topic"], root.Children.Select(c => c.Title));
        // The headline is near the top of page 1 in PDF space (origin bottom left), the sections on a later page.
        var headline = Assert.IsType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>(root);
        Assert.Equal(1, headline.PageNumber);
        Assert.InRange(headline.Destination.Coordinates.Top ?? 0, 700, 841.89);
        Assert.All(root.Children.Cast<UglyToad.PdfPig.Outline.DocumentBookmarkNode>(), c => Assert.True(c.PageNumber > 1));
    }

    [Fact]
    public async Task Xmp_metadata_declares_pdf_ua_1_title_and_language()
    {
        var (pdf, _, _) = await RealReleasePdf.GetAsync();

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        var xml = xmp.GetXDocument();
        System.Xml.Linq.XNamespace dc = "http://purl.org/dc/elements/1.1/";
        System.Xml.Linq.XNamespace pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        Assert.Equal("1", xml.Descendants(pdfuaid + "part").Single().Value);
        Assert.Equal("UK and US agree to strengthen ties in science and technology", xml.Descendants(dc + "title").Single().Value);
        Assert.Equal("en-GB", xml.Descendants(dc + "language").Single().Value);
    }

    [Fact]
    public async Task Two_builds_give_byte_identical_pdfs()
    {
        var (first, _, _) = await RealReleasePdf.GetAsync();

        var (second, _, _) = await RealReleasePdf.BuildAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Every_page_has_a_footer_with_the_short_title_and_page_n_of_n()
    {
        var (pdf, _, _) = await RealReleasePdf.GetAsync();

        var footers = PdfReadBack.ArtifactText(pdf);

        Assert.All(footers.Select((text, i) => (text, i)), f =>
            Assert.EndsWith($"Page {f.i + 1} of {footers.Count}", f.text));
        Assert.StartsWith("UK and US agree", footers[0]);
    }

    [GeneratedRegex(@"Object \d+ \d+")]
    private static partial Regex ObjectNumber();

    [GeneratedRegex(@"%% Contents for page (?<page>\d+)\n(?:%%[^\n]*\n)*\d+ 0 obj\n.*?stream\n(?<content>.*?)endstream", RegexOptions.Singleline)]
    private static partial Regex PageContent();

    [GeneratedRegex(@"(?<![A-Za-z0-9/])(BT|ET|BDC|BMC|EMC)(?![A-Za-z0-9])")]
    private static partial Regex Operator();
}
