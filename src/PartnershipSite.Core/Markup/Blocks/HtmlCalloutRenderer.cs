using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PartnershipSite.Markup.Blocks;

/// <summary>
/// GOV.UK's callout markup (<c>div role="note" aria-label="Information" class="application-notice info-notice"</c>),
/// with the label also written as visually hidden text: some screen readers skip a note's name in browse mode, and a
/// feed reader without the stylesheet then shows "Information:" as a plain lead-in (WCAG 2.2 SC 1.4.1, 1.3.1).
/// </summary>
/// <param name="information">The word for an information callout in the page's language (the theme's label).</param>
/// <param name="warning">The word for a warning callout.</param>
internal sealed class HtmlCalloutRenderer(string? information = null, string? warning = null) : HtmlObjectRenderer<CalloutBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CalloutBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.EnsureLine();
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(obj);
            return;
        }
        var notice = obj.Kind == CalloutKind.Information ? "info-notice" : "help-notice";
        var label = (obj.Kind == CalloutKind.Information ? information : warning) ?? obj.Label;
        renderer.Write($"<div role=\"note\" aria-label=\"").WriteEscape(label).Write($"\" class=\"application-notice {notice}\">");
        renderer.Write("<span class=\"visually-hidden\">").WriteEscape(label).WriteLine(": </span>");
        renderer.WriteChildren(obj);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
