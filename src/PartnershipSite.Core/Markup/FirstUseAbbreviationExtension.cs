using Markdig;
using Markdig.Extensions.Abbreviations;
using Markdig.Renderers;

namespace PartnershipSite.Markup;

/// <summary>
/// Replaces Markdig's abbreviation renderer, which marks every occurrence and writes the label unescaped, with
/// <see cref="FirstUseAbbreviationRenderer"/>. Must be added after <c>UseAbbreviations()</c>.
/// </summary>
internal sealed class FirstUseAbbreviationExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<FirstUseAbbreviationRenderer>())
        {
            if (!html.ObjectRenderers.Replace<HtmlAbbreviationRenderer>(new FirstUseAbbreviationRenderer()))
            {
                html.ObjectRenderers.Insert(0, new FirstUseAbbreviationRenderer());
            }
        }
    }
}
