using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PartnershipSite.Markup.Blocks;

/// <summary>GOV.UK's markup for the block: its Markdown inside <c>&lt;div class="call-to-action"&gt;</c>.</summary>
public sealed class HtmlCallToActionRenderer : HtmlObjectRenderer<CallToActionBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CallToActionBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            renderer.WriteLine("<div class=\"call-to-action\">");
        }
        renderer.WriteChildren(obj);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }
}
