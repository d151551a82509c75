using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// Maps links in a release page back to the Markdown they were written in. The body HTML sits whole inside the
/// page, so a link inside that span is matched, in order, to the next Markdown link with the same URL; links
/// outside it (the template's) and links Markdig makes itself (footnote back-links) are not matched.
/// </summary>
internal sealed class MarkdownLinkMap
{
    private readonly int _start;
    private readonly int _end;
    private readonly Dictionary<string, Queue<SourceLocation>> _byUrl;

    private MarkdownLinkMap(int start, int end, Dictionary<string, Queue<SourceLocation>> byUrl)
    {
        _start = start;
        _end = end;
        _byUrl = byUrl;
    }

    /// <summary>The map for a release's page, or null when the page does not hold the rendered body verbatim.</summary>
    public static MarkdownLinkMap? Create(Release release, string pageText)
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
        var byUrl = new Dictionary<string, Queue<SourceLocation>>(StringComparer.Ordinal);
        foreach (var (url, line, column) in Links(release.Markdown))
        {
            var key = Normalise(url);
            if (!byUrl.TryGetValue(key, out var queue))
            {
                byUrl[key] = queue = new Queue<SourceLocation>();
            }
            // Markdig lines and columns are 0-based; the front matter is part of the document, so lines are file lines.
            queue.Enqueue(new SourceLocation(release.Source.DisplayPath, line + 1, column + 1));
        }
        return new MarkdownLinkMap(start, start + release.BodyHtml.Length, byUrl);
    }

    /// <summary>The Markdown location of the link to <paramref name="url"/> at <paramref name="offset"/> in the page, if it is one.</summary>
    public SourceLocation? Take(string url, int offset) =>
        offset >= _start && offset < _end && _byUrl.TryGetValue(Normalise(url), out var queue) && queue.Count > 0
            ? queue.Dequeue()
            : null;

    private static IEnumerable<(string Url, int Line, int Column)> Links(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline link:
                    yield return (link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", link.Line, link.Column);
                    break;
                case AutolinkInline auto:
                    yield return (auto.IsEmail ? "mailto:" + auto.Url : auto.Url, auto.Line, auto.Column);
                    break;
            }
        }
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
