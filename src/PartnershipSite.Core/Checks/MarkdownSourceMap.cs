using AngleSharp.Dom;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// Maps elements of a release page back to the Markdown they were written in. The body HTML sits whole inside the
/// page, so an element inside that span is matched to the Markdown node of the same kind in the same position:
/// the k-th link (or image) to a URL to the k-th Markdown link to that URL, the k-th heading or table to the k-th
/// heading or table. Elements outside the span (the template's) and elements Markdig makes itself (footnote
/// back-links) have no match and are reported in the output.
/// </summary>
internal sealed class MarkdownSourceMap
{
    private readonly int _start;
    private readonly int _end;
    private readonly Dictionary<string, List<SourceLocation>> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SourceLocation>> _images = new(StringComparer.Ordinal);
    private readonly List<SourceLocation> _headings = [];
    private readonly List<SourceLocation> _tables = [];
    private BodyElements? _body;

    private MarkdownSourceMap(int start, int end)
    {
        _start = start;
        _end = end;
    }

    /// <summary>The map for a release's page, or null when the page does not hold the rendered body verbatim.</summary>
    public static MarkdownSourceMap? Create(Release release, string pageText)
    {
        if (string.IsNullOrEmpty(release.BodyHtml))
        {
            return null;
        }
        var start = pageText.IndexOf(release.BodyHtml, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }
        var map = new MarkdownSourceMap(start, start + release.BodyHtml.Length);
        var path = release.Source.DisplayPath;
        // Markdig lines and columns are 0-based; the front matter is part of the document, so lines are file lines.
        SourceLocation At(MarkdownObject node) => new(path, node.Line + 1, node.Column + 1);
        foreach (var node in release.Markdown.Descendants())
        {
            switch (node)
            {
                case LinkInline { IsImage: true } image:
                    Add(map._images, Normalise(image.GetDynamicUrl?.Invoke() ?? image.Url ?? ""), At(image));
                    break;
                case LinkInline link:
                    Add(map._links, Normalise(link.GetDynamicUrl?.Invoke() ?? link.Url ?? ""), At(link));
                    break;
                case AutolinkInline auto:
                    Add(map._links, Normalise(auto.IsEmail ? "mailto:" + auto.Url : auto.Url), At(auto));
                    break;
                case HeadingBlock heading:
                    map._headings.Add(At(heading));
                    break;
                case Table table:
                    map._tables.Add(At(table));
                    break;
            }
        }
        return map;
    }

    /// <summary>The Markdown location <paramref name="element"/> was written at, if it was written in the body.</summary>
    public SourceLocation? Locate(IElement element)
    {
        if (!InBody(element))
        {
            return null;
        }
        var body = _body ??= BodyElements.Of(element.Owner!, this);
        switch (element.LocalName)
        {
            case "a" when element.GetAttribute("href") is { } href:
                return Nth(_links, body.Links, Normalise(href), element);
            case "img" when element.GetAttribute("src") is { } src:
                return Nth(_images, body.Images, Normalise(src), element);
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return At(_headings, body.Headings.IndexOf(element));
            case "table":
                return At(_tables, body.Tables.IndexOf(element));
            default:
                return element.ParentElement is { } parent ? Locate(parent) : null;
        }
    }

    /// <summary>Whether <paramref name="element"/> is inside the rendered body (the template wrote what is outside it).</summary>
    public bool InBody(IElement element) =>
        element.SourceReference?.Position.Index is { } index && index >= _start && index < _end;

    private static SourceLocation? Nth(Dictionary<string, List<SourceLocation>> sources, Dictionary<string, List<IElement>> elements, string key, IElement element) =>
        sources.TryGetValue(key, out var locations) && elements.TryGetValue(key, out var same) ? At(locations, same.IndexOf(element)) : null;

    // The body's links, images, headings and tables in document order, found once per page.
    private sealed record BodyElements(
        Dictionary<string, List<IElement>> Links,
        Dictionary<string, List<IElement>> Images,
        List<IElement> Headings,
        List<IElement> Tables)
    {
        public static BodyElements Of(IDocument document, MarkdownSourceMap map)
        {
            var body = new BodyElements(new(StringComparer.Ordinal), new(StringComparer.Ordinal), [], []);
            foreach (var element in document.QuerySelectorAll("a[href], img[src], h1, h2, h3, h4, h5, h6, table").Where(map.InBody))
            {
                switch (element.LocalName)
                {
                    case "a":
                        Add(body.Links, Normalise(element.GetAttribute("href")!), element);
                        break;
                    case "img":
                        Add(body.Images, Normalise(element.GetAttribute("src")!), element);
                        break;
                    case "table":
                        body.Tables.Add(element);
                        break;
                    default:
                        body.Headings.Add(element);
                        break;
                }
            }
            return body;
        }
    }

    private static SourceLocation? At(List<SourceLocation> locations, int index) =>
        index >= 0 && index < locations.Count ? locations[index] : null;

    private static void Add<T>(Dictionary<string, List<T>> byUrl, string key, T item)
    {
        if (!byUrl.TryGetValue(key, out var list))
        {
            byUrl[key] = list = [];
        }
        list.Add(item);
    }

    // Markdig percent-encodes what it writes; the parsed HTML gives the attribute as written. Compare unescaped.
    /// <summary>
    /// Where <paramref name="release"/>'s Markdown first links to <paramref name="pdfUri"/>, or null when the body has no
    /// such link (the PDF's frame). A PDF link is absolute (<see cref="Text.UriReference.Absolute"/>), so a relative Markdown link is
    /// compared as the PDF wrote it: resolved against the release's page, <paramref name="pageUrl"/>.
    /// </summary>
    public static SourceLocation? FirstLink(Release release, Uri pageUrl, string pdfUri)
    {
        var target = Normalise(pdfUri);
        foreach (var node in release.Markdown.Descendants())
        {
            var url = node switch
            {
                LinkInline link => link.GetDynamicUrl?.Invoke() ?? link.Url,
                AutolinkInline auto => auto.IsEmail ? "mailto:" + auto.Url : auto.Url,
                _ => null,
            };
            if (url is null)
            {
                continue;
            }
            if (Normalise(url) == target || Normalise(Text.UriReference.Absolute(pageUrl, url)) == target)
            {
                return new SourceLocation(release.Source.DisplayPath, node.Line + 1, node.Column + 1);
            }
        }
        return null;
    }

    private static string Normalise(string url)
    {
        var trimmed = url.Trim();
        try
        {
            return Uri.UnescapeDataString(trimmed);
        }
        catch (UriFormatException)
        {
            return trimmed;
        }
    }
}
