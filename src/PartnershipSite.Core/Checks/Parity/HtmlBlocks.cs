using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// The text blocks of HTML (a page's <c>main</c>, a feed entry's content) in reading order: what a screen reader
/// reads, so hidden and <c>aria-hidden</c> content is left out and visually hidden labels are kept. Inline text
/// between two blocks of one container (a list item's text before its sub-list) is a block of its own.
/// </summary>
public static class HtmlBlocks
{
    private static readonly FrozenSet<string> Blocks = new[]
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
        walker.Flush();
        return walker.Result;
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
        private readonly StringBuilder _text = new();
        private readonly ImmutableArray<string>.Builder _links = ImmutableArray.CreateBuilder<string>();
        private readonly ImmutableArray<string>.Builder _alts = ImmutableArray.CreateBuilder<string>();
        private readonly Stack<string> _open = new();

        public List<TextBlock> Result { get; } = [];

        public void Visit(INode node)
        {
            switch (node)
            {
                case IText text:
                    _text.Append(text.Data);
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
                    _text.Append(' ');
                    return;
                case "img":
                    if (element.GetAttribute("alt") is { Length: > 0 } alt && element.GetAttribute("role") is not ("presentation" or "none"))
                    {
                        _alts.Add(ParityText.Normalise(alt));
                    }
                    return;
                case "a" when element.GetAttribute("href") is { } href && Target(pageUrl, href) is { } target:
                    _links.Add(target);
                    break;
            }
            var block = Blocks.Contains(name);
            if (block)
            {
                Flush();
                _open.Push(name);
            }
            foreach (var child in element.ChildNodes)
            {
                Visit(child);
            }
            if (block)
            {
                Flush();
                _open.Pop();
            }
        }

        public void Flush()
        {
            var text = ParityText.Normalise(_text.ToString());
            if (text.Length > 0 || _links.Count > 0 || _alts.Count > 0)
            {
                Result.Add(new TextBlock(_open.TryPeek(out var role) ? role : "", text, _links.ToImmutable(), _alts.ToImmutable()));
            }
            _text.Clear();
            _links.Clear();
            _alts.Clear();
        }
    }
}
