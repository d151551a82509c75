using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PartnershipSite.Markup;

/// <summary>Writes an HTML block as escaped text (a comment as nothing), so raw HTML never reaches a page or feed.</summary>
internal sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        if (obj.Type == HtmlBlockType.Comment)
        {
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<p>");
        renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: true, softEscape: false);
        renderer.WriteLine("</p>");
    }
}
