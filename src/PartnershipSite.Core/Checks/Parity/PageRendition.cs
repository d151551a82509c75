using System.Collections.Immutable;
using AngleSharp.Dom;
using System.Globalization;

namespace PartnershipSite.Checks.Parity;

/// <summary>Reads a release page: its <c>main</c> as text blocks, and the facts its frame shows as links and times.</summary>
internal static class PageRendition
{
    /// <summary>
    /// The rendition of the page <paramref name="document"/> served at <paramref name="pageUrl"/>. Organisations and
    /// topics are the links to the site's organisation and topic pages, outside the body (<paramref name="inBody"/>).
    /// </summary>
    public static Rendition Read(IDocument document, string where, Uri pageUrl, Uri baseUrl, Func<IElement, bool> inBody)
    {
        var main = document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var blocks = HtmlBlocks.Read([main], pageUrl);
        var dates = new List<(DateTimeOffset, string)>();
        foreach (var time in main.QuerySelectorAll("time[datetime]").Where(t => !inBody(t)))
        {
            if (DateTimeOffset.TryParse(time.GetAttribute("datetime"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            {
                dates.Add((instant, ParityText.Normalise(time.TextContent)));
            }
        }
        var frameLinks = main.QuerySelectorAll("a[href]").Where(a => !inBody(a)).ToList();
        return new Rendition(ReleaseFormat.Page, where)
        {
            Title = blocks.FirstOrDefault(b => b.Role == "h1")?.Text,
            Blocks = [.. blocks],
            Dates = [.. dates],
            Organisations = TermLinks(frameLinks, pageUrl, baseUrl, "organisations/"),
            Topics = TermLinks(frameLinks, pageUrl, baseUrl, "topics/"),
        };
    }

    // The names of the links to one taxonomy's term pages (/organisations/<slug>/), each once, in order.
    private static ImmutableArray<string> TermLinks(List<IElement> links, Uri pageUrl, Uri baseUrl, string folder)
    {
        var prefix = baseUrl.AbsolutePath + folder;
        var names = new List<string>();
        foreach (var link in links)
        {
            if (Uri.TryCreate(pageUrl, link.GetAttribute("href"), out var target) && target.Host == baseUrl.Host
                && target.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal)
                && target.AbsolutePath[prefix.Length..].TrimEnd('/') is { Length: > 0 } slug && !slug.Contains('/', StringComparison.Ordinal)
                && ParityText.Normalise(link.TextContent) is { Length: > 0 } name && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }
        return [.. names];
    }
}
