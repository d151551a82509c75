using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace PartnershipSite.Markup;

/// <summary>Writes inline HTML as escaped text (a comment as nothing), so raw HTML never reaches a page or feed.</summary>
internal sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        if (obj.Tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            return;
        }
        renderer.WriteEscape(obj.Tag);
    }
}
