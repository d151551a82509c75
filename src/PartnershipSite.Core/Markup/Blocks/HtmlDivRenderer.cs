using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PartnershipSite.Markup.Blocks;

/// <summary>GOV.UK's markup for a block that is its Markdown inside <c>&lt;div class="…"&gt;</c>.</summary>
/// <typeparam name="TBlock">The block rendered.</typeparam>
/// <param name="cssClass">The div's class, as GOV.UK names it.</param>
internal abstract class HtmlDivRenderer<TBlock>(string cssClass) : HtmlObjectRenderer<TBlock>
    where TBlock : ContainerBlock
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, TBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            renderer.WriteLine($"<div class=\"{cssClass}\">");
        }
        renderer.WriteChildren(obj);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }
}
