using BenchmarkDotNet.Attributes;
using Markdig.Syntax;
using PartnershipSite.Engine;

namespace PartnershipSite.Benchmarks;

/// <summary>One long release (40 sections, about 2,400 words) through the site's Markdig pipeline: parse, then render.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private string _text = null!;
    private Markdig.MarkdownPipeline _pipeline = null!;
    private MarkdownDocument _document = null!;

    /// <summary>The release's Markdown body, the pipeline every build uses (<see cref="BuildContext.Markdown"/>) and the parsed tree.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        _text = BenchSite.Synthetic("long").Split("---\n", 3)[2];
        _pipeline = new BuildContext(new BuildOptions(".", "output"), new IO.PhysicalFileSystem(), TimeProvider.System).Markdown;
        _document = Markdig.Markdown.Parse(_text, _pipeline);
    }

    /// <summary><c>ParseMarkdown</c> for one release.</summary>
    [Benchmark]
    public MarkdownDocument Parse() => Markdig.Markdown.Parse(_text, _pipeline);

    /// <summary><c>RenderMarkdown</c> for one release: the tree to HTML.</summary>
    [Benchmark]
    public string RenderHtml() => Markdig.Markdown.ToHtml(_document, _pipeline);
}
