using Markdig;
using Markdig.Renderers;

namespace PartnershipSite.Markup.Blocks;

/// <summary>Govspeak's statistic headline block, <c>{stat-headline}…{/stat-headline}</c>.</summary>
public sealed class StatHeadlineExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<StatHeadlineParser>())
        {
            pipeline.BlockParsers.Insert(0, new StatHeadlineParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlStatHeadlineRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlStatHeadlineRenderer());
        }
    }
}
