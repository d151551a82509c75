using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace PartnershipSite.Markup;

/// <summary>
/// Replaces Markdig's table renderer with <see cref="ScrollableTableRenderer"/>, which keeps a wide table from
/// widening the page. Must be added after <c>UsePipeTables()</c>.
/// </summary>
internal sealed class ScrollableTableExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ScrollableTableRenderer>())
        {
            if (!html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer()))
            {
                html.ObjectRenderers.Add(new ScrollableTableRenderer());
            }
        }
    }
}
