using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// The text blocks of HTML (a page's <c>main</c>, a feed entry's content) in reading order: what a screen reader
/// reads, so hidden and <c>aria-hidden</c> content is left out and visually hidden labels are kept. Inline text
/// between two blocks of one container (a list item's text before its sub-list) is a block of its own.
/// </summary>
internal static class HtmlBlocks
{
    private static readonly FrozenSet<string> BlockElements = new[]
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Unread = new[] { "script", "style", "template", "noscript", "head" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The blocks of <paramref name="nodes"/>; links are resolved against <paramref name="pageUrl"/>, and those within that page left out.</summary>
    public static List<TextBlock> Read(IEnumerable<INode> nodes, Uri pageUrl)
    {
        var walker = new Walker(pageUrl);
        foreach (var node in nodes)
        {
            walker.Visit(node);
        }
        walker.Blocks.Flush();
        return walker.Blocks.Result;
    }

    /// <summary>
    /// The blocks of the HTML fragment <paramref name="html"/> (a release's body, a feed entry's content), read as the
    /// content of a <c>body</c>. Parsed as a document rather than with <c>ParseFragment</c>, which moves each
    /// top-level node out of its scratch root one at a time, in time quadratic in their number (a body of 20,000
    /// callouts took seconds; found by the fuzzer).
    /// </summary>
    public static List<TextBlock> ReadFragment(string? html, Uri pageUrl)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body>" + html);
        return Read(document.Body!.ChildNodes, pageUrl);
    }

    /// <summary>
    /// The absolute form of a link target, resolved against <paramref name="resolveAgainst"/> (by default
    /// <paramref name="pageUrl"/>), or null for a link within the release's own document: a bare <c>#fragment</c>, or
    /// <paramref name="pageUrl"/> with a fragment.
    /// </summary>
    public static string? Target(Uri pageUrl, string href, Uri? resolveAgainst = null)
    {
        var trimmed = href.Trim();
        if (trimmed.StartsWith('#'))
        {
            return null; // a footnote, its back link or a heading of the same document: the PDF jumps inside itself instead
        }
        if (!Uri.TryCreate(resolveAgainst ?? pageUrl, trimmed, out var absolute))
        {
            return trimmed;
        }
        if (absolute.Fragment.Length > 0 && absolute.GetLeftPart(UriPartial.Query) == pageUrl.GetLeftPart(UriPartial.Query))
        {
            return null;
        }
        return Uri.UnescapeDataString(absolute.AbsoluteUri);
    }

    private sealed class Walker(Uri pageUrl)
    {
        public BlockCollector Blocks { get; } = new();

        public void Visit(INode node)
        {
            switch (node)
            {
                case IText text:
                    Blocks.Text(text.Data);
                    return;
                case IElement element:
                    VisitElement(element);
                    return;
                default:
                    if (node is IDocumentFragment or IDocument)
                    {
                        foreach (var child in node.ChildNodes)
                        {
                            Visit(child);
                        }
                    }
                    return;
            }
        }

        private void VisitElement(IElement element)
        {
            var name = element.LocalName;
            if (Unread.Contains(name) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
                || element.ClassList.Contains("footnote-back-ref"))
            {
                return;
            }
            switch (name)
            {
                case "br":
                    Blocks.Text(" ");
                    return;
                case "img":
                    if (element.GetAttribute("alt") is { Length: > 0 } alt && element.GetAttribute("role") is not ("presentation" or "none"))
                    {
                        Blocks.Alt(alt);
                    }
                    return;
                case "a" when element.GetAttribute("href") is { } href && Target(pageUrl, href) is { } target:
                    Blocks.Link(target);
                    break;
            }
            var block = BlockElements.Contains(name);
            if (block)
            {
                Blocks.Open(name);
            }
            foreach (var child in element.ChildNodes)
            {
                Visit(child);
            }
            if (block)
            {
                Blocks.Close();
            }
        }
    }
}
