using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;

namespace PartnershipSite.Checks;

/// <summary>
/// One HTML output, parsed with source positions, while its checks run. The document is read, never changed,
/// and is dropped once the page's checks are done so a large site is not held in memory.
/// </summary>
public sealed class HtmlPage
{
    private readonly MarkdownLinkMap? _markdown;

    internal HtmlPage(OutputFile file, IHtmlDocument document, string displayPath, Uri url, MarkdownLinkMap? markdown)
    {
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
    public string Note => $"in {File.Path}, made from {File.Source}";

    /// <summary>The element's place in the output: 1-based line and column.</summary>
    public SourceLocation LocationOf(IElement element) =>
        element.SourceReference?.Position is { } p ? new SourceLocation(DisplayPath, p.Line, p.Column) : new SourceLocation(DisplayPath);

    /// <summary>
    /// Where to report a problem with <paramref name="element"/>'s <paramref name="url"/>: at the Markdown link it
    /// was rendered from when there is one, otherwise in the output. The note is empty for Markdown locations.
    /// </summary>
    public (SourceLocation Location, string Note) LinkLocation(IElement element, string url)
    {
        if (_markdown is not null && element.SourceReference?.Position is { } p && _markdown.Take(url, p.Index) is { } source)
        {
            return (source, "");
        }
        return (LocationOf(element), Note);
    }

    /// <summary>Where to report a problem with an element that is not a link: the Markdown line when it is in the body.</summary>
    public (SourceLocation Location, string Note) ElementLocation(IElement element) => (LocationOf(element), Note);
}
