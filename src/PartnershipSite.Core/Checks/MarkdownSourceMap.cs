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
    private Dictionary<IElement, SourceLocation>? _matched;

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
                    Add(map._images, image.GetDynamicUrl?.Invoke() ?? image.Url ?? "", At(image));
                    break;
                case LinkInline link:
                    Add(map._links, link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", At(link));
                    break;
                case AutolinkInline auto:
                    Add(map._links, auto.IsEmail ? "mailto:" + auto.Url : auto.Url, At(auto));
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
        switch (element.LocalName)
        {
            case "a" when element.HasAttribute("href"):
            case "img" when element.HasAttribute("src"):
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table":
                return Matched(element.Owner!).TryGetValue(element, out var at) ? at : null;
            default:
                return element.ParentElement is { } parent ? Locate(parent) : null;
        }
    }

    // Every link, image, heading and table of the body matched to its Markdown, once per page: each link is located,
    // so matching on every call would walk the document once per link.
    private Dictionary<IElement, SourceLocation> Matched(IDocument document)
    {
        if (_matched is not null)
        {
            return _matched;
        }
        var matched = new Dictionary<IElement, SourceLocation>(ReferenceEqualityComparer.Instance);
        MatchByUrl(document.QuerySelectorAll("a[href]"), "href", _links, matched);
        MatchByUrl(document.QuerySelectorAll("img[src]"), "src", _images, matched);
        MatchInOrder(document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"), _headings, matched);
        MatchInOrder(document.QuerySelectorAll("table"), _tables, matched);
        return _matched = matched;
    }

    private bool InBody(IElement element) =>
        element.SourceReference?.Position.Index is { } index && index >= _start && index < _end;

    // The k-th element of the body with a URL matches the k-th Markdown link (or image) to that URL.
    private void MatchByUrl(IEnumerable<IElement> all, string attribute, Dictionary<string, List<SourceLocation>> byUrl, Dictionary<IElement, SourceLocation> matched)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in all.Where(InBody))
        {
            var key = Normalise(element.GetAttribute(attribute) ?? "");
            var n = seen.GetValueOrDefault(key);
            seen[key] = n + 1;
            if (byUrl.TryGetValue(key, out var locations) && At(locations, n) is { } at)
            {
                matched[element] = at;
            }
        }
    }

    private void MatchInOrder(IEnumerable<IElement> all, List<SourceLocation> locations, Dictionary<IElement, SourceLocation> matched)
    {
        var n = 0;
        foreach (var element in all.Where(InBody))
        {
            if (At(locations, n++) is { } at)
            {
                matched[element] = at;
            }
        }
    }

    private static SourceLocation? At(List<SourceLocation> locations, int index) =>
        index >= 0 && index < locations.Count ? locations[index] : null;

    private static void Add(Dictionary<string, List<SourceLocation>> byUrl, string url, SourceLocation at)
    {
        var key = Normalise(url);
        if (!byUrl.TryGetValue(key, out var list))
        {
            byUrl[key] = list = [];
        }
        list.Add(at);
    }

    // Markdig percent-encodes what it writes; the parsed HTML gives the attribute as written. Compare unescaped.
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
