using Markdig;
using Markdig.Renderers;

namespace PartnershipSite.Markup.Blocks;

/// <summary>Govspeak's address block, <c>$A … $A</c>.</summary>
public sealed class AddressExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<AddressParser>())
        {
            pipeline.BlockParsers.Insert(0, new AddressParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlAddressRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlAddressRenderer());
        }
    }
}
