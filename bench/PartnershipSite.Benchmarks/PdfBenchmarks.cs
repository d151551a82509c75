using System.Text;
using BenchmarkDotNet.Attributes;
using PartnershipSite.Build;
using PartnershipSite.Content;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Benchmarks;

/// <summary>
/// PDF generation (<c>RenderPdf</c>: layout and render, with the theme's fonts read once per run as a build reads them
/// once) of the real release, of a long synthetic one and of one of tables, images and footnotes. Page counts are
/// printed at set-up so the mean divides into milliseconds per page.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private BuildState _real = null!;
    private BuildState _long = null!;
    private BuildState _rich = null!;
    private BuildContext _context = null!;
    private IStep _step = null!;

    /// <summary>Loads the real site and the two synthetic releases through the engine's own steps before <c>RenderPdf</c>.</summary>
    [GlobalSetup]
    public async Task SetUp()
    {
        var root = Path.Combine(Path.GetTempPath(), $"partnershipsite-pdf-benchmarks-{Environment.ProcessId}");
        var repository = BenchSite.FindRoot();
        BenchSite.Copy(repository, "input", root);
        BenchSite.Copy(repository, "theme", root);
        File.WriteAllText(Path.Combine(root, "input/releases/2021-06-11-long.md"), Synthetic());
        File.WriteAllText(Path.Combine(root, "input/releases/2021-06-12-rich.md"), Rich());
        Directory.CreateDirectory(Path.Combine(root, "input/releases/2021-06-12-rich"));
        File.Copy(Path.Combine(repository, "tests/PartnershipSite.Tests/Fixtures/photo.jpg"), Path.Combine(root, "input/releases/2021-06-12-rich/photo.jpg"), overwrite: true);
        _context = new BuildContext(new BuildOptions(Path.Join(root, "input"), Path.Join(root, "output"), null, root, 1), new PhysicalFileSystem(), TimeProvider.System);
        var state = new BuildState();
        foreach (var step in Pipeline.Default.TakeWhile(s => s.GetType().Name != "RenderPdf"))
        {
            state = await step.RunAsync(state, _context, CancellationToken.None);
        }
        _step = Pipeline.Default.Single(s => s.GetType().Name == "RenderPdf");
        BuildState Only(Func<Release, bool> which) => state with { Releases = [state.Releases.Single(which)] };
        _real = Only(r => r.Metadata.Slug is not "long" and not "rich");
        _long = Only(r => r.Metadata.Slug == "long");
        _rich = Only(r => r.Metadata.Slug == "rich");
        RealPages = await PagesAsync(_real);
        LongPages = await PagesAsync(_long);
        RichPages = await PagesAsync(_rich);
        if (_context.Diagnostics.HasErrors)
        {
            throw new InvalidOperationException("The benchmark releases do not lay out: " + string.Join("; ", _context.Diagnostics.ToSortedArray()));
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
    public ValueTask<BuildState> RealRelease() => Render(_real);

    /// <summary>A long release: paragraphs, lists, quotes and links.</summary>
    [Benchmark]
    public ValueTask<BuildState> LongRelease() => Render(_long);

    /// <summary>A release of tables, images and footnotes.</summary>
    [Benchmark]
    public ValueTask<BuildState> RichRelease() => Render(_rich);

    private ValueTask<BuildState> Render(BuildState state) => _step.RunAsync(state, _context, CancellationToken.None);

    private async Task<int> PagesAsync(BuildState state) =>
        (await Render(state)).Releases.Single().Pdf?.PageCount ?? throw new InvalidOperationException("No PDF was rendered.");

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
