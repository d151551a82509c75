using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace PartnershipSite.Markup;

/// <summary>
/// Replaces Markdig's raw-HTML renderers, so that HTML written in Markdown is shown as text and never runs, whatever
/// steps a build leaves out (the Markdown stage also reports it as an error: <see cref="MarkupPolicy"/>). Comments,
/// the editors' notes, are left out.
/// </summary>
internal sealed class EscapedHtmlExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }
        if (!html.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer()) && !html.ObjectRenderers.Contains<EscapedHtmlBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new EscapedHtmlBlockRenderer());
        }
        if (!html.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer()) && !html.ObjectRenderers.Contains<EscapedHtmlInlineRenderer>())
        {
            html.ObjectRenderers.Insert(0, new EscapedHtmlInlineRenderer());
        }
    }
}
