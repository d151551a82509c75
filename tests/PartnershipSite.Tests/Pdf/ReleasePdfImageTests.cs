using System.Text.RegularExpressions;
using PartnershipSite.Pdf;
using PartnershipSite.Tests.Support;
using UglyToad.PdfPig;

namespace PartnershipSite.Tests.Pdf;

public sealed partial class ReleasePdfImageTests
{
    private const string Folder = "/site/input/releases/2021-06-10-a/";

    private static async Task<(TestSite Site, PartnershipSite.Engine.BuildResult Result)> BuildAsync(string body, params (string Name, byte[] Bytes)[] files)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: body));
        foreach (var (name, bytes) in files)
        {
            site.FileSystem.WriteAllBytes(Folder + name, bytes);
        }
        return (site, await site.BuildAsync());
    }

    private static byte[] Pdf(TestSite site) => site.FileSystem.ReadAllBytes("output/releases/a/a.pdf");

    [Fact]
    public async Task Image_with_alt_text_is_a_figure_with_its_alt_text_and_bounding_box_drawn_at_the_text_width()
    {
        var png = TestImages.Png(600, 300);
        var (site, result) = await BuildAsync("Before the chart.\n\n![Bar chart: funding rises each year](chart.png)\n\nAfter the chart.", ("chart.png", png));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Pdf(site);
        // poppler lists the Figure with its layout bounding box; the /Alt text is read from the element itself.
        var tree = PdfTools.Run("pdfinfo", pdf, "-struct-text").Output;
        var bbox = BBox().Match(tree);
        Assert.True(bbox.Success, tree);
        Assert.Matches(@"/Alt \(Bar chart: funding rises each year\)\s*/K \d+\s*/P \d+ 0 R\s*/Pg \d+ 0 R\s*/S /Figure", PdfTools.Qdf(pdf));
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        // The text width of A4 less 70 pt margins, keeping the 2:1 aspect ratio.
        Assert.Equal(455.28, image.BoundingBox.Width, 1);
        Assert.Equal(227.64, image.BoundingBox.Height, 1);
        // The bounding box is where the image is painted, in PDF user space.
        var box = bbox.Groups.Values.Skip(1).Select(g => double.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([image.BoundingBox.Left, image.BoundingBox.Bottom, image.BoundingBox.Right, image.BoundingBox.Top], box, (a, b) => Math.Abs(a - b) < 0.05);
        var text = PdfReadBack.TaggedText(pdf);
        Assert.True(text.IndexOf("Before the chart.", StringComparison.Ordinal) < text.IndexOf("After the chart.", StringComparison.Ordinal));
        Assert.Empty(MarkedContentNesting.Problems(pdf));
        Assert.Equal(0, PdfTools.Run("qpdf", pdf, "--check").ExitCode);
    }

    [Fact]
    public async Task Image_file_is_published_beside_the_page_so_html_and_pdf_show_the_same_file()
    {
        var png = TestImages.Png(300, 200);
        var (site, result) = await BuildAsync("![Bar chart](chart.png)", ("chart.png", png));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<img src=\"chart.png\" alt=\"Bar chart\" />", site.Read("releases/a/index.html"));
        Assert.Equal(png, site.FileSystem.ReadAllBytes("output/releases/a/chart.png"));
    }

    [Fact]
    public async Task Jpeg_image_is_embedded_as_a_figure()
    {
        var (site, result) = await BuildAsync("![A photograph of the signing](photo.jpg)", ("photo.jpg", TestImages.Jpeg()));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Pdf(site);
        Assert.Matches(@"(?m)^  Figure:\s*\n\s+/BBox", PdfTools.Run("pdfinfo", pdf, "-struct-text").Output);
        var qdf = PdfTools.Qdf(pdf);
        Assert.Contains("/Alt (A photograph of the signing)", qdf);
        Assert.Contains("/Filter /DCTDecode", qdf);
        Assert.Equal(0, PdfTools.Run("qpdf", pdf, "--check").ExitCode);
    }

    [Fact]
    public async Task Image_with_empty_alt_text_is_decoration_drawn_as_an_artifact()
    {
        var (site, result) = await BuildAsync("Text.\n\n![](rule.png){role=presentation}\n\nMore text.", ("rule.png", TestImages.Png(400, 20)));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Pdf(site);
        Assert.DoesNotContain("Figure", PdfTools.Run("pdfinfo", pdf, "-struct").Output);
        var qdf = PdfTools.Qdf(pdf);
        // The image is painted (Do) inside an /Artifact marked-content sequence.
        Assert.Matches(@"/Artifact BMC\s[^E]*?/I\d+ Do", qdf);
        using var document = PdfDocument.Open(pdf);
        Assert.Single(document.GetPage(1).GetImages());
        Assert.Empty(MarkedContentNesting.Problems(pdf));
    }

    [Fact]
    public async Task Missing_image_file_is_reported_at_the_markdown_image_and_the_release_gets_no_pdf()
    {
        var (site, result) = await BuildAsync("Intro.\n\n  ![A chart](missing.png)");

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "PS0504");
        Assert.Equal("input/releases/2021-06-10-a.md", diagnostic.Location.Path);
        Assert.Equal((14, 3), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("missing.png", diagnostic.Message);
        Assert.False(site.Has("releases/a/a.pdf"));
    }

    [Fact]
    public async Task Image_outside_the_release_folder_or_not_png_or_jpeg_is_reported()
    {
        var (_, result) = await BuildAsync("![A](../secret.png)\n\n![B](notes.txt)\n\n![C](https://example.org/c.png)", ("notes.txt", "text"u8.ToArray()));

        Assert.Equal([12, 14, 16], result.Diagnostics.Where(d => d.Code == "PS0504").Select(d => d.Location.Line));
    }

    [Fact]
    public async Task Image_in_a_figure_stays_on_the_page_of_its_caption()
    {
        // Taller and taller images after the same text: at some height the image alone would still fit at the foot
        // of page 1 but its caption would not, and both must move on together.
        var filler = string.Join("\n\n", Enumerable.Repeat("Filler paragraph with enough words to take two lines of the page at twelve point type, more or less.", 6));
        var movedWithCaption = false;
        for (var pixels = 240; pixels <= 480; pixels += 8)
        {
            var (site, result) = await BuildAsync(filler + "\n\n^^^\n![Bar chart](chart.png)\n^^^ Figure 1: funding by year\n", ("chart.png", TestImages.Png(600, pixels)));

            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            using var document = PdfDocument.Open(Pdf(site));
            var imagePage = document.GetPages().Single(p => p.GetImages().Any());
            var captionPage = document.GetPages().Single(p => p.Text.Contains("Figure 1", StringComparison.Ordinal)).Number;
            Assert.Equal(imagePage.Number, captionPage);
            if (imagePage.Number == 2)
            {
                // Room left on page 1 under its last line of text (PDF space: y up; the text area ends 78 pt above the foot).
                var lastLine = document.GetPage(1).Letters.Where(l => l.FontSize > 10).Min(l => l.BoundingBox.Bottom);
                var room = lastLine - 78 - Typography.ParagraphGap - 4;
                movedWithCaption |= imagePage.GetImages().Single().BoundingBox.Height <= room;
            }
        }
        Assert.True(movedWithCaption, "no image size tried had room on page 1 for the image but not its caption");
    }

    [Fact]
    public async Task Image_at_the_top_of_a_page_keeps_its_marked_content_outside_text_objects()
    {
        // A square image is drawn 400 pt tall: after these paragraphs it cannot fit on page 1 and opens page 2.
        var filler = string.Join("\n\n", Enumerable.Repeat("Filler paragraph with enough words to take two lines of the page at twelve point type, more or less.", 8));
        var (site, result) = await BuildAsync(filler + "\n\n![Bar chart](chart.png)\n\nAfter.", ("chart.png", TestImages.Png(400, 400)));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Pdf(site);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(2);
        var image = Assert.Single(page.GetImages());
        Assert.True(page.Letters.Where(l => l.Value.Trim().Length > 0 && l.FontSize > 10).All(l => l.StartBaseLine.Y < image.BoundingBox.Bottom), "the image is the first content of page 2");
        Assert.Empty(MarkedContentNesting.Problems(pdf));
    }

    [Fact]
    public async Task Png_that_cannot_be_decoded_is_reported_at_the_image_not_a_crash()
    {
        var png = TestImages.Png(40, 20);
        var damaged = png[..33].Concat(Enumerable.Repeat((byte)0x5A, 200)).ToArray();
        var (site, result) = await BuildAsync("![A chart](chart.png)", ("chart.png", damaged));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "PS0504");
        Assert.Equal((12, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.False(site.Has("releases/a/a.pdf"));
    }

    [Fact]
    public async Task Image_inside_running_text_is_reported_at_the_image()
    {
        var (_, result) = await BuildAsync("Intro.\n\nSee ![a chart](chart.png) here.", ("chart.png", TestImages.Png(10, 10)));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "PS0502");
        Assert.Equal((14, 5), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [GeneratedRegex(@"(?m)^  Figure:\s*\n\s+/BBox \[([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)\]")]
    private static partial Regex BBox();
}
