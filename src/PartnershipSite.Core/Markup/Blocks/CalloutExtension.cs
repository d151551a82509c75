using Markdig;
using Markdig.Renderers;

namespace PartnershipSite.Markup.Blocks;

/// <summary>Govspeak's information (<c>^…^</c>) and warning (<c>%…%</c>) callouts. Add after <c>UseFigures()</c>, whose <c>^^^</c> fences it leaves alone.</summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<CalloutParser>())
        {
            pipeline.BlockParsers.Insert(0, new CalloutParser(CalloutKind.Information));
            pipeline.BlockParsers.Insert(0, new CalloutParser(CalloutKind.Warning));
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCalloutRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlCalloutRenderer());
        }
    }
}
