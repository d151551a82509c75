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
internal sealed class FirstUseAbbreviationRenderer : HtmlObjectRenderer<AbbreviationInline>
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

    // Where a document keeps the set of its abbreviations that are first uses, once it has been worked out.
    private static readonly object FirstUsesKey = new();

    /// <summary>
    /// True when no earlier abbreviation in the same document has the same label. The first question about a
    /// document walks it once and remembers every first use, so a release with thousands of abbreviations costs
    /// one walk, not one per abbreviation.
    /// </summary>
    public static bool IsFirstUse(AbbreviationInline occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var document = DocumentOf(occurrence);
        if (document is null)
        {
            return true;
        }
        HashSet<AbbreviationInline>? firstUses;
        // Checks may ask about one document from several threads; Markdig's data slots are not thread-safe.
        lock (document)
        {
            firstUses = document.GetData(FirstUsesKey) as HashSet<AbbreviationInline>;
            if (firstUses is null)
            {
                firstUses = new HashSet<AbbreviationInline>(ReferenceEqualityComparer.Instance);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var abbreviation in document.Descendants<AbbreviationInline>())
                {
                    if (seen.Add(abbreviation.Abbreviation.Label ?? ""))
                    {
                        firstUses.Add(abbreviation);
                    }
                }
                document.SetData(FirstUsesKey, firstUses);
            }
        }
        // An abbreviation added to the tree after the walk is not in it; it is a first use only if its label is new.
        return firstUses.Contains(occurrence) || !firstUses.Any(f => string.Equals(f.Abbreviation.Label, occurrence.Abbreviation.Label, StringComparison.Ordinal));
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
