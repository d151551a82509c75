using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace PartnershipSite.Markup.Blocks;

/// <summary>
/// Registers one press block's parser and HTML renderer: Govspeak's contact (<c>$C … $C</c>), address
/// (<c>$A … $A</c>), statistic headline (<c>{stat-headline}…{/stat-headline}</c>) and call to action
/// (<c>$CTA … $CTA</c>). The callouts have their own extension, as one renderer serves two parsers.
/// </summary>
/// <typeparam name="TParser">The block's parser.</typeparam>
/// <typeparam name="TRenderer">The block's HTML renderer.</typeparam>
internal sealed class PressBlockExtension<TParser, TRenderer> : IMarkdownExtension
    where TParser : BlockParser, new()
    where TRenderer : class, IMarkdownObjectRenderer, new()
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<TParser>())
        {
            pipeline.BlockParsers.Insert(0, new TParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<TRenderer>())
        {
            html.ObjectRenderers.Insert(0, new TRenderer());
        }
    }
}
