using System.Text;
using BenchmarkDotNet.Attributes;
using PartnershipSite.Build;
using PartnershipSite.Content;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Pdf;

namespace PartnershipSite.Benchmarks;

/// <summary>
/// PDF generation (layout and render) of the real release and of a long synthetic one. Page counts are printed at
/// set-up so the mean divides into milliseconds per page.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private PdfFonts _fonts = null!;
    private IFontMetrics _metrics = null!;
    private Release _real = null!;
    private Release _long = null!;
    private Release _rich = null!;
    private IImageSource _images = null!;

    /// <summary>Loads the real site's releases and fonts through the engine's own first steps.</summary>
    [GlobalSetup]
    public async Task SetUp()
    {
        var root = BenchSite.FindRoot();
        var fs = new InMemoryFileSystem("/site");
        BenchSite.Copy(fs, root, "input");
        BenchSite.Copy(fs, root, "theme");
        var synthetic = Synthetic();
        fs.WriteAllText("/site/input/releases/2021-06-11-long.md", synthetic);
        fs.WriteAllText("/site/input/releases/2021-06-12-rich.md", Rich());
        fs.WriteAllBytes("/site/input/releases/2021-06-12-rich/photo.jpg", System.IO.File.ReadAllBytes(Path.Combine(root, "tests/PartnershipSite.Tests/Fixtures/photo.jpg")));
        var context = new BuildContext(new BuildOptions("input", "output", null, "/site", 1), fs, TimeProvider.System);
        var state = new BuildState();
        foreach (var step in Pipeline.Default.Take(4))
        {
            state = await step.RunAsync(state, context, CancellationToken.None);
        }
        _real = state.Releases.Single(r => r.Metadata.Slug is not "long" and not "rich");
        _long = state.Releases.Single(r => r.Metadata.Slug == "long");
        _rich = state.Releases.Single(r => r.Metadata.Slug == "rich");
        _images = new ReleaseImageSource(fs, ReleaseFolder.Of(_rich.Source));
        _fonts = PdfFonts.Load(fs, "/site/theme/fonts", out _)!;
        _metrics = FontMetrics.For(_fonts);
        RealPages = Lay(_real).Pages.Length;
        LongPages = Lay(_long).Pages.Length;
        RichPages = Lay(_rich).Pages.Length;
        var problems = ReleaseLayout.Lay(_rich, "Press office", _metrics, images: _images).Diagnostics;
        if (!problems.IsEmpty)
        {
            throw new InvalidOperationException("The rich release does not lay out: " + string.Join("; ", problems));
        }
        Console.WriteLine($"// pages: real release {RealPages}, long release {LongPages}, rich release {RichPages}");
    }

    /// <summary>The real release's page count.</summary>
    public int RealPages { get; private set; }

    /// <summary>The long release's page count.</summary>
    public int LongPages { get; private set; }

    /// <summary>The rich release's page count.</summary>
    public int RichPages { get; private set; }

    /// <summary>The partnership release.</summary>
    [Benchmark(Baseline = true)]
    public byte[] RealRelease() => Render(_real);

    /// <summary>A long release: paragraphs, lists, quotes and links.</summary>
    [Benchmark]
    public byte[] LongRelease() => Render(_long);

    /// <summary>A release of tables, images and footnotes.</summary>
    [Benchmark]
    public byte[] RichRelease() => Render(_rich);

    private PageModel Lay(Release release) => ReleaseLayout.Lay(release, "Press office", _metrics, images: _images).Model;

    private byte[] Render(Release release) => PdfRenderer.Render(Lay(release),
        new PdfDocumentInfo(release.Metadata.Title, "Department", release.Metadata.Summary, "", "en-GB", release.Metadata.Published, release.Metadata.Published, release.SitePath), _fonts);

    private static string Synthetic()
    {
        var text = new StringBuilder("""
            ---
            title: A long synthetic release for the benchmark
            summary: Forty sections of paragraphs, lists and quotations.
            date: 2021-06-11
            type: Press release
            slug: long
            from:
              organisations:
                - Department for Benchmarks
            ---

            """);
        for (var i = 1; i <= 40; i++)
        {
            text.Append(CultureInfo($"## Section {i}\n\n"));
            text.Append(CultureInfo($"The partnership will explore **cooperation** in research, *innovation* and [commercialisation][link], investing £{i}.5 billion in world-leading science – with “quotes” and ‘apostrophes’ throughout, so that every line has styled runs to break.\n\n"));
            text.Append("- a first point that is long enough to wrap over the end of the line in the list body\n  - a nested point\n- a second point\n\n");
            text.Append("^^^\n> A quotation from a minister, long enough to need two lines on the page and a bar beside it.\n^^^ A Minister, Department for Benchmarks\n\n");
        }
        text.Append("[link]: https://example.org/\n");
        return text.ToString();
    }

    private static string Rich()
    {
        var text = new StringBuilder("""
            ---
            title: A synthetic release of tables, images and footnotes
            summary: Twenty sections, each with a table, a footnote and, every fifth, a photograph.
            date: 2021-06-12
            type: Press release
            slug: rich
            from:
              organisations:
                - Department for Benchmarks
            ---

            """);
        for (var i = 1; i <= 20; i++)
        {
            text.Append(CultureInfo($"## Section {i}\n\nFunding for section {i} rises to £{i}.5 billion.[^n{i}] The table shows it by programme:\n\n"));
            text.Append("| Programme | Lead organisation | Funding (£m) |\n|---|---|--:|\n");
            for (var row = 1; row <= 6; row++)
            {
                text.Append(CultureInfo($"| Programme {row} on quantum computing and the resilience of supply chains | Organisation {row} | {row}.5 |\n"));
            }
            text.Append(i % 5 == 0 ? "\n![A photograph of the signing](photo.jpg)\n\n" : "\n");
        }
        for (var i = 1; i <= 20; i++)
        {
            text.Append(CultureInfo($"[^n{i}]: Source for section {i}: Office for National Statistics, 2021.\n"));
        }
        return text.ToString();
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);
}
