using Markdig;
using Markdig.Extensions.Figures;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PartnershipSite.Content;

namespace PartnershipSite.Markup;

/// <summary>
/// A release body's HTML as its document reads it: the paragraph repeating the standfirst left out, and an attribution
/// the lead-in already says hidden from assistive technology (still shown), so a screen reader hears each once.
/// </summary>
internal static class BodyHtml
{
    /// <summary>Renders <paramref name="markdown"/> through <paramref name="pipeline"/>, leaving out what <paramref name="body"/> says to.</summary>
    public static string Render(MarkdownDocument markdown, MarkdownPipeline pipeline, ReleaseBody body, Labels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(body);
        // The callouts' words are the page's language's (labels.yml); the parsed blocks know only their kind.
        var words = labels is null ? null : new Blocks.ContactWords(labels.Telephone, labels.Email, labels.Website);
        var ownWords = labels is not null && (labels.Information != "Information" || labels.Warning != "Warning" || words != Blocks.ContactWords.English);
        if (body.Omitted.Count == 0 && body.QuietCaptions.Count == 0 && !ownWords)
        {
            return Markdown.ToHtml(markdown, pipeline);
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlFigureCaptionRenderer>(new QuietCaptionRenderer(body));
        if (ownWords)
        {
            renderer.ObjectRenderers.Replace<Blocks.HtmlCalloutRenderer>(new Blocks.HtmlCalloutRenderer(labels!.Information, labels.Warning));
            renderer.ObjectRenderers.Replace<Blocks.HtmlContactRenderer>(new Blocks.HtmlContactRenderer(words!));
        }
        foreach (var block in markdown.Where(b => !body.Omitted.Contains(b)))
        {
            renderer.Render(block);
        }
        writer.Flush();
        return writer.ToString();
    }

    // Markdig's figcaption, with aria-hidden when the lead-in before the quotation already names its speaker.
    private sealed class QuietCaptionRenderer(ReleaseBody body) : HtmlObjectRenderer<FigureCaption>
    {
        protected override void Write(HtmlRenderer renderer, FigureCaption obj)
        {
            renderer.EnsureLine();
            renderer.Write("<figcaption").WriteAttributes(obj);
            if (body.QuietCaptions.Contains(obj))
            {
                renderer.Write(" aria-hidden=\"true\"");
            }
            renderer.Write('>').WriteLeafInline(obj).WriteLine("</figcaption>");
        }
    }
}
