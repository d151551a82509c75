using System.Globalization;
using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace PartnershipSite.Pdf;

/// <summary>Turns a block's Markdig inlines into styled runs: emphasis, links, abbreviations, code and footnote references.</summary>
/// <param name="nextTagId">Gives each link, abbreviation or code span its own id.</param>
/// <param name="unsupported">Called with an inline the PDF cannot show and what it is.</param>
internal sealed class InlineCollector(Func<int> nextTagId, Action<Inline, string> unsupported)
{
    /// <summary>The runs of <paramref name="inlines"/> in <paramref name="style"/>.</summary>
    public List<InlineRun> Collect(ContainerInline? inlines, TextStyle style)
    {
        var runs = new List<InlineRun>();
        if (inlines is not null)
        {
            Walk(inlines, style, null, runs);
        }
        return runs;
    }

    private void Walk(ContainerInline container, TextStyle style, InlineTag? tag, List<InlineRun> runs)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new InlineRun(literal.Content.ToString(), style, tag));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new InlineRun(entity.Transcoded.ToString(), style, tag));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(new InlineRun(lineBreak.IsHard ? "\n" : " ", style, tag));
                    break;
                case CodeInline code:
                    runs.Add(new InlineRun(code.Content, style with { Shaded = true }, tag ?? new InlineTag(nextTagId(), StructureRole.Code, "")));
                    break;
                case AbbreviationInline abbreviation:
                    // WCAG 2.2 SC 3.1.4: the expansion goes in the Span's /E, as <abbr title> does in HTML.
                    runs.Add(new InlineRun(abbreviation.Abbreviation.Label ?? "", style,
                        tag ?? new InlineTag(nextTagId(), StructureRole.Span, abbreviation.Abbreviation.Text.ToString())));
                    break;
                case LinkInline { IsImage: true }:
                    unsupported(inline, "an image inside running text (give the image a paragraph of its own)");
                    break;
                case LinkInline link:
                    Walk(link, style with { Ink = Ink.Link }, new InlineTag(nextTagId(), StructureRole.Link, link.Url ?? ""), runs);
                    break;
                case AutolinkInline autolink:
                    var uri = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    runs.Add(new InlineRun(autolink.Url, style with { Ink = Ink.Link }, new InlineTag(nextTagId(), StructureRole.Link, uri)));
                    break;
                case EmphasisInline emphasis when emphasis.DelimiterChar is '*' or '_':
                    // *bonjour*{lang=fr}: a phrase in another language is a Span with its own /Lang (WCAG 2.2 SC 3.1.2).
                    var language = emphasis.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "lang").Value;
                    var spanTag = tag ?? (language is null ? null : new InlineTag(nextTagId(), StructureRole.Span, "") { Language = language });
                    Walk(emphasis, emphasis.DelimiterCount >= 2 ? style.Bolder() : style.Italicised(), spanTag, runs);
                    break;
                case FootnoteLink { IsBackLink: true }:
                    // The page's ↩ link back to the reference: navigation within the page, not content.
                    break;
                case FootnoteLink footnote:
                    // A superscript number, as the page's <sup>; numbered by first use, as the notes are.
                    runs.Add(new InlineRun(footnote.Footnote.Order.ToString(CultureInfo.InvariantCulture), Typography.Superscript(style),
                        tag ?? new InlineTag(nextTagId(), StructureRole.Reference, "")));
                    break;
                case HtmlInline:
                    // Raw HTML is refused where the Markdown is parsed (PS0130); comments are editors' notes.
                    break;
                case ContainerInline nested:
                    Walk(nested, style, tag, runs);
                    break;
                default:
                    unsupported(inline, "this inline element (" + inline.GetType().Name + ")");
                    break;
            }
        }
    }
}
