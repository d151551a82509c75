using Markdig.Extensions.Abbreviations;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PartnershipSite.Markup;

/// <summary>
/// Writes an abbreviation as <c>&lt;abbr title="expansion"&gt;</c> on its first use in a document only, and as
/// plain text after that; label and expansion are always HTML-escaped (<c>R&amp;D</c>).
/// </summary>
/// <remarks>
/// Stateless, because Markdig pools and reuses renderers across documents and threads: "first" is found by
/// walking the (immutable) syntax tree in document order up to this occurrence.
/// </remarks>
public sealed class FirstUseAbbreviationRenderer : HtmlObjectRenderer<AbbreviationInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, AbbreviationInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var abbreviation = obj.Abbreviation;
        // WCAG 2.2 SC 3.1.4: the expansion is given where the abbreviation first appears; repeating it on every
        // use makes screen readers that announce titles verbose and clutters the page with dotted underlines.
        if (renderer.EnableHtmlForInline && IsFirstUse(obj))
        {
            renderer.Write("<abbr").WriteAttributes(obj).Write(" title=\"").WriteEscape(abbreviation.Text).Write("\">");
            renderer.WriteEscape(abbreviation.Label);
            renderer.Write("</abbr>");
        }
        else
        {
            renderer.WriteEscape(abbreviation.Label);
        }
    }

    /// <summary>True when no earlier abbreviation in the same document has the same label.</summary>
    public static bool IsFirstUse(AbbreviationInline occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var document = DocumentOf(occurrence);
        if (document is null)
        {
            return true;
        }
        foreach (var earlier in document.Descendants<AbbreviationInline>())
        {
            if (ReferenceEquals(earlier, occurrence))
            {
                return true;
            }
            if (string.Equals(earlier.Abbreviation.Label, occurrence.Abbreviation.Label, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static MarkdownDocument? DocumentOf(Inline inline)
    {
        ContainerInline? root = inline.Parent;
        while (root?.Parent is not null)
        {
            root = root.Parent;
        }
        Block? block = root?.ParentBlock;
        while (block is not null and not MarkdownDocument)
        {
            block = block.Parent;
        }
        return block as MarkdownDocument;
    }
}
