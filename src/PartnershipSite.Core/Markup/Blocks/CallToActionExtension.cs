using Markdig;
using Markdig.Renderers;

namespace PartnershipSite.Markup.Blocks;

/// <summary>Govspeak's call to action block, <c>$CTA … $CTA</c>.</summary>
public sealed class CallToActionExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<CallToActionParser>())
        {
            pipeline.BlockParsers.Insert(0, new CallToActionParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCallToActionRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlCallToActionRenderer());
        }
    }
}
