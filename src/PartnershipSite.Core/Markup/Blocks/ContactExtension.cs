using Markdig;
using Markdig.Renderers;

namespace PartnershipSite.Markup.Blocks;

/// <summary>Govspeak's contact block, <c>$C … $C</c>.</summary>
public sealed class ContactExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<ContactParser>())
        {
            pipeline.BlockParsers.Insert(0, new ContactParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlContactRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlContactRenderer());
        }
    }
}
