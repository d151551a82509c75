using System.Collections.Immutable;
using Markdig.Extensions.Figures;
using Markdig.Syntax;

namespace PartnershipSite.Pdf;

// Quotations: a Markdig figure holding a block quote and its attribution becomes Div > BlockQuote + Caption; the
// quote's blocks share a bar drawn as an artifact and keep together with their attribution.
public sealed partial class ReleaseLayout
{
    private void FigureQuote(Figure figure, ImmutableArray<int> path, double x, double width)
    {
        var div = NewElement(StructureRole.Div, Language(figure));
        var divPath = path.Add(div);
        // A figure of an image has a plain caption under it; a quotation's attribution is indented behind a dash.
        var ofImage = figure.OfType<ParagraphBlock>().Any(p => OnlyImages(p) is not null);
        foreach (var child in figure)
        {
            if (child is FigureCaption caption)
            {
                // The attribution stays on the page of the quotation's last lines.
                if (_blocks.Count > 0)
                {
                    _blocks[^1] = _blocks[^1] with { KeepWithNext = true };
                }
                var runs = _inlines.Collect(caption.Inline, Typography.Attribution);
                var indent = ofImage ? 0 : Typography.Indent;
                if (!ofImage)
                {
                    runs.Insert(0, Run("— ", Typography.Attribution));
                }
                // PDFsharp tags no content directly inside a grouping element such as Caption: the text goes in a P.
                var captionPath = divPath.Add(NewElement(StructureRole.Caption));
                Paragraph(StructureRole.P, captionPath, runs, x + indent, width - indent, 6);
            }
            else
            {
                Block(child, divPath, x, width, tight: false);
            }
        }
    }

    private void Quote(QuoteBlock quote, ImmutableArray<int> path, double x, double width)
    {
        var element = NewElement(StructureRole.BlockQuote, Language(quote));
        var group = ++_quoteGroups;
        var before = _blocks.Count;
        Blocks(quote, path.Add(element), x + Typography.Indent, width - Typography.Indent, tight: false);
        for (var b = before; b < _blocks.Count; b++)
        {
            _blocks[b] = _blocks[b] with { QuoteGroup = group, QuoteBarX = x + 3, SpaceBefore = b == before ? Typography.QuoteGap : _blocks[b].SpaceBefore };
        }
    }
}
