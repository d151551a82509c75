using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PartnershipSite.Diagnostics;
using PartnershipSite.Markup.Blocks;

namespace PartnershipSite.Markup;

/// <summary>
/// What a release's Markdown may not carry, enforced where it is parsed, so that no build (whatever steps it skips)
/// can publish it: raw HTML (comments excepted), links and images to script or data URLs, and generic attributes
/// beyond language, direction, id, class, role, alt and title; press blocks left unclosed or put inside one another. Each is a located error; unsafe attributes are also removed from the
/// tree, and raw HTML is rendered as text (<see cref="EscapedHtmlExtension"/>), so a preview never runs them either.
/// </summary>
internal static class MarkupPolicy
{
    // Attributes an editor may set with {…}: a passage's language and direction, anchors and styling hooks, and an
    // image's role and text ({role=presentation} marks a decorative image). Nothing that runs script or loads a URL.
    private static readonly HashSet<string> SafeAttributes = new(StringComparer.OrdinalIgnoreCase) { "lang", "dir", "id", "class", "role", "alt", "title" };

    // Schemes a browser would run or that embed arbitrary content (WHATWG URL "dangerous" schemes).
    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:", "file:"];

    /// <summary>Reports, and removes what it can, of what <paramref name="document"/> may not carry.</summary>
    public static void Apply(MarkdownDocument document, string displayPath, DiagnosticBag diagnostics)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block when block.Type != HtmlBlockType.Comment:
                    diagnostics.Add(Codes.RawHtml, At(displayPath, block), "an HTML block");
                    break;
                case HtmlInline inline when !inline.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    diagnostics.Add(Codes.RawHtml, At(displayPath, inline), $"the HTML tag {Shorten(inline.Tag)}");
                    break;
                case LinkInline link when IsUnsafe(link.Url):
                    diagnostics.Add(Codes.UnsafeUrl, At(displayPath, link), Shorten(link.Url!));
                    link.Url = "";
                    break;
                case AutolinkInline autolink when IsUnsafe(autolink.Url):
                    diagnostics.Add(Codes.UnsafeUrl, At(displayPath, autolink), Shorten(autolink.Url));
                    autolink.Url = "";
                    break;
                case PressBlock { IsClosedByMarker: false } open:
                    diagnostics.Add(Codes.UnclosedBlock, At(displayPath, open), open.Name, open.Opener, open.Closer);
                    break;
                case LinkReferenceDefinition definition when IsUnsafe(definition.Url):
                    diagnostics.Add(Codes.UnsafeUrl, At(displayPath, definition), Shorten(definition.Url!));
                    definition.Url = "";
                    break;
            }
            if (node is PressBlock inner && Enclosing(inner) is { } outer)
            {
                diagnostics.Add(Codes.BlockInsideBlock, At(displayPath, inner), inner.Name, outer.Name, outer.Line + 1, outer.Closer);
            }
            if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties })
            {
                foreach (var property in properties.ToList().Where(p => !SafeAttributes.Contains(p.Key)))
                {
                    diagnostics.Add(Codes.UnsafeAttribute, At(displayPath, node), property.Key);
                    properties.Remove(property);
                }
            }
        }
    }

    // The nearest press block around a block, through lists and quotations.
    private static PressBlock? Enclosing(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is PressBlock press)
            {
                return press;
            }
        }
        return null;
    }

    private static bool IsUnsafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }
        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
        var compact = new string([.. url.Where(c => c > ' ')]).ToLowerInvariant();
        return UnsafeSchemes.Any(s => compact.StartsWith(s, StringComparison.Ordinal));
    }

    private static SourceLocation At(string displayPath, MarkdownObject node) =>
        new(displayPath, node.Line + 1, node.Column + 1);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
