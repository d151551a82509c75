using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Checks;

/// <summary>
/// One HTML output, parsed with source positions, while its checks run. The document is read, never changed,
/// and is dropped once the page's checks are done so a large site is not held in memory.
/// </summary>
internal sealed class HtmlPage
{
    private readonly MarkdownSourceMap? _markdown;
    private readonly LayoutSourceMap? _layouts;

    internal HtmlPage(OutputFile file, IHtmlDocument document, string displayPath, Uri url, MarkdownSourceMap? markdown, string madeFrom, LayoutSourceMap? layouts = null)
    {
        _layouts = layouts;
        Note = $"in {file.Path}, made from {madeFrom}";
        File = file;
        Document = document;
        DisplayPath = displayPath;
        Url = url;
        _markdown = markdown;
    }

    /// <summary>The output file.</summary>
    public OutputFile File { get; }

    /// <summary>The parsed document.</summary>
    public IHtmlDocument Document { get; }

    /// <summary>The output path as diagnostics show it.</summary>
    public string DisplayPath { get; }

    /// <summary>The URL the page is served at.</summary>
    public Uri Url { get; }

    /// <summary>Where the page comes from when it is not the page's own Markdown (its template or source).</summary>
    public string Note { get; }

    /// <summary>The element's place in the output: 1-based line and column.</summary>
    public SourceLocation LocationOf(IElement element) =>
        element.SourceReference?.Position is { } p ? new SourceLocation(DisplayPath, p.Line, p.Column) : new SourceLocation(DisplayPath);

    /// <summary>
    /// Where to report a problem with <paramref name="element"/>: at the Markdown it was written in when it is part
    /// of a release's body, else at the layout line that wrote it when layouts made the page (with a note naming the
    /// output), otherwise in the output, with a note naming what the page was made from.
    /// </summary>
    public (SourceLocation Location, string Note) Locate(IElement element) =>
        _markdown?.Locate(element) is { } source ? (source, "")
        : _layouts is not null ? (_layouts.Locate(element), Note)
        : (LocationOf(element), Note);
}
