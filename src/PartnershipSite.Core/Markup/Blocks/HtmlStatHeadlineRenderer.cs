using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PartnershipSite.Markup.Blocks;

/// <summary>GOV.UK's markup for the block: its Markdown inside <c>&lt;div class="stat-headline"&gt;</c>.</summary>
public sealed class HtmlStatHeadlineRenderer : HtmlObjectRenderer<StatHeadlineBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, StatHeadlineBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            renderer.WriteLine("<div class=\"stat-headline\">");
        }
        renderer.WriteChildren(obj);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }
}
