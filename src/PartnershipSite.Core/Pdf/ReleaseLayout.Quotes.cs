using System.Collections.Immutable;
using Markdig.Extensions.Figures;
using Markdig.Syntax;

namespace PartnershipSite.Pdf;

// Quotations: a Markdig figure holding a block quote and its attribution becomes BlockQuote > P… + Caption > P, the
// grouping HTML has (figure > blockquote + figcaption); a figure of an image stays Div > Figure + Caption. The quote's
// blocks share a bar drawn as an artifact and keep together with their attribution. An attribution the lead-in
// already says ("Digital Secretary, Oliver Dowden said:") is drawn as an artifact, so it is read once (as on the page).
internal sealed partial class ReleaseLayout
{
    private void FigureQuote(Figure figure, ImmutableArray<int> path, double x, double width)
    {
        var ofImage = figure.OfType<ParagraphBlock>().Any(p => OnlyImages(p) is not null);
        var quotes = figure.OfType<QuoteBlock>().Count();
        // One quotation is the grouping itself; anything else (an image, two quotes) is grouped in a Div.
        var quoteIsGroup = !ofImage && quotes == 1;
        var group = NewElement(quoteIsGroup ? StructureRole.BlockQuote : StructureRole.Div, Language(figure));
        var groupPath = path.Add(group);
        foreach (var child in figure)
        {
            if (child is FigureCaption caption)
            {
                Caption(caption, groupPath, x, width, ofImage);
            }
            else if (child is QuoteBlock quote && quoteIsGroup)
            {
                QuoteBlocks(quote, groupPath, x, width);
            }
            else
            {
                Block(child, groupPath, x, width, tight: false);
            }
        }
    }

    private void Caption(FigureCaption caption, ImmutableArray<int> groupPath, double x, double width, bool ofImage)
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
        if (_body.QuietCaptions.Contains(caption))
        {
            // Shown, not read: no element, so every fragment of it is an artifact.
            Paragraph(null, [], [.. runs.Select(r => r with { Tag = null })], x + indent, width - indent, 6);
            return;
        }
        // PDFsharp tags no content directly inside a grouping element such as Caption: the text goes in a P.
        var captionPath = groupPath.Add(NewElement(StructureRole.Caption));
        Paragraph(StructureRole.P, captionPath, runs, x + indent, width - indent, 6);
    }

    private void Quote(QuoteBlock quote, ImmutableArray<int> path, double x, double width) =>
        QuoteBlocks(quote, path.Add(NewElement(StructureRole.BlockQuote, Language(quote))), x, width);

    // The quote's blocks inside the BlockQuote at the end of quotePath, indented beside one bar.
    private void QuoteBlocks(QuoteBlock quote, ImmutableArray<int> quotePath, double x, double width)
    {
        var group = ++_quoteGroups;
        var before = _blocks.Count;
        Blocks(quote, quotePath, x + Typography.Indent, width - Typography.Indent, tight: false);
        for (var b = before; b < _blocks.Count; b++)
        {
            _blocks[b] = _blocks[b] with { QuoteGroup = group, QuoteBarX = x + 3, SpaceBefore = b == before ? Typography.QuoteGap : _blocks[b].SpaceBefore };
        }
    }
}
