using System.Text.RegularExpressions;
using PartnershipSite.Tests.Support;
using UglyToad.PdfPig;

namespace PartnershipSite.Tests.Pdf;

public sealed partial class ReleasePdfTableTests
{
    private const string Header = "| Programme | Lead organisation | Funding (£m) |\n|---|---|--:|\n";

    private static async Task<(TestSite Site, PartnershipSite.Engine.BuildResult Result)> BuildAsync(string body)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: body));
        return (site, await site.BuildAsync());
    }

    private static byte[] Pdf(TestSite site) => site.FileSystem.ReadAllBytes("output/releases/a/a.pdf");

    [Fact]
    public async Task Table_is_tagged_as_rows_of_header_cells_scoped_to_their_columns_and_data_cells()
    {
        var (site, result) = await BuildAsync("Funding by programme:\n\n" + Header +
            "| Quantum computing | National Science Foundation | 32.6 |\n| Health research | Office for Life Sciences | 12 |\n\nAfter the table.");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Pdf(site);
        var tree = PdfTools.Run("pdfinfo", pdf, "-struct-text").Output;
        // Each cell's text ends in a space, so text extraction keeps cells apart.
        Assert.Contains("""
              Table (block)
                TR
                  TH:
                     /Scope /Column
                    "Programme "
                  TH:
                     /Scope /Column
                    "Lead organisation "
                  TH:
                     /Scope /Column
                    "Funding (£m) "
                TR
                  TD
                    "Quantum computing "
                  TD
                    "National Science Foundation "
                  TD
                    "32.6 "
                TR
            """.ReplaceLineEndings("\n"), tree);
        Assert.Equal(3, Regex.Count(tree, @"(?m)^\s+TR$"));
        Assert.Equal(6, Regex.Count(tree, @"(?m)^\s+TD$"));
        Assert.Contains("Funding by programme:Programme Lead organisation Funding (£m) Quantum computing National Science Foundation 32.6 Health research Office for Life Sciences 12 After the table.",
            PdfReadBack.TaggedText(pdf)); // paragraphs end without a space (as in ReleasePdfTests)
        Assert.Empty(MarkedContentNesting.Problems(pdf));
        Assert.Equal(0, PdfTools.Run("qpdf", pdf, "--check").ExitCode);
    }

    [Fact]
    public async Task Table_crossing_a_page_repeats_its_header_row_as_an_artifact_and_tags_it_once()
    {
        var rows = string.Concat(Enumerable.Range(1, 70).Select(i => $"| Programme number {i} | Organisation {i} | {i}.5 |\n"));
        var (site, result) = await BuildAsync("Intro.\n\n" + Header + rows + "\nAfter the table.");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = Pdf(site);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} pages");
        var artifacts = PdfReadBack.ArtifactText(pdf);
        Assert.DoesNotContain("Programme Lead organisation", artifacts[0]);
        Assert.All(artifacts.Skip(1).Take(document.NumberOfPages - 2), a => Assert.StartsWith("Programme Lead organisation Funding (£m)", a));
        // On each continuation page the repeated header is the topmost text.
        foreach (var page in document.GetPages().Skip(1).Take(document.NumberOfPages - 2))
        {
            var top = page.Letters.MaxBy(l => l.StartBaseLine.Y)!;
            Assert.Equal("P", top.Value);
            Assert.Contains("Bold", top.FontName, StringComparison.Ordinal);
        }
        var tree = PdfTools.Run("pdfinfo", pdf, "-struct").Output;
        Assert.Equal(3, Regex.Count(tree, @"(?m)^\s+TH\b"));
        Assert.Equal(71, Regex.Count(tree, @"(?m)^\s+TR$"));
        var text = PdfReadBack.TaggedText(pdf);
        Assert.Equal(1, Regex.Count(text, "Lead organisation"));
        Assert.All(Enumerable.Range(1, 70), i => Assert.Contains($"Programme number {i} Organisation {i} {i}.5", text));
        Assert.Empty(MarkedContentNesting.Problems(pdf));
    }

    [Fact]
    public async Task Long_cell_text_wraps_inside_its_column_and_borders_are_artifacts()
    {
        var cell = string.Join(' ', Enumerable.Repeat("resilience", 30));
        var (site, result) = await BuildAsync(Header + $"| {cell} | Met Office | 4.5 |\n");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        using var document = PdfDocument.Open(Pdf(site));
        var page = document.GetPage(1);
        var organisation = page.GetWords().First(w => w.Text == "Met").BoundingBox.Left;
        var cellWords = page.GetWords().Where(w => w.Text.StartsWith("resilience", StringComparison.Ordinal)).ToList();
        Assert.Equal(30, cellWords.Count);
        Assert.True(cellWords.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count() >= 3, "the cell wraps over several lines");
        Assert.All(cellWords, w => Assert.True(w.BoundingBox.Right < organisation, "text stays in its column"));
        var marked = page.GetMarkedContents();
        Assert.Contains(marked, m => m.IsArtifact && m.Paths.Count > 0);
        Assert.DoesNotContain(marked, m => !m.IsArtifact && m.Paths.Count > 0);
    }
}
