using System.Collections.Immutable;
using Markdig.Syntax;
using PartnershipSite.Markup.Blocks;

namespace PartnershipSite.Pdf;

// Govspeak's press blocks (Markup/Blocks). Each is a Div, the closest standard structure type to GOV.UK's <div>
// (ISO 32000-1 has no aside; Note is for footnotes). A callout starts with its label in bold, so the PDF says what the
// page's note role and hidden prefix say; a contact's numbers and addresses are Links with tel: and mailto: URIs, as
// on the page; an address is one P with a line per line. All but the statistic have the quotation's bar beside them.
internal sealed partial class ReleaseLayout
{
    private void PressBlock(PressBlock press, ImmutableArray<int> path, double x, double width)
    {
        if (BlockText.Lines(press).IsEmpty && !press.Descendants<ContainerBlock>().Any())
        {
            // An empty block (^ on two lines) says nothing; a run of them would be a chain of labels each kept with
            // the next, which the paginator can only honour with a page each.
            return;
        }
        var divPath = path.Add(NewElement(StructureRole.Div, Language(press)));
        var before = _blocks.Count;
        var inner = x + Typography.Indent;
        var innerWidth = width - Typography.Indent;
        switch (press)
        {
            case CalloutBlock callout:
                Paragraph(StructureRole.P, divPath, [Run(((callout.Kind == CalloutKind.Information ? _labels?.Information : _labels?.Warning) ?? callout.Label) + ":", Typography.Body with { Face = FontFace.Bold })], inner, innerWidth, Typography.ParagraphGap, keep: true);
                Blocks(callout, divPath, inner, innerWidth, tight: false);
                break;
            case ContactBlock contact:
                Contact(ContactCard.Read(contact, _labels is { } l ? new ContactWords(l.Telephone, l.Email, l.Website) : null), divPath, inner, innerWidth);
                break;
            case AddressBlock address:
                Paragraph(StructureRole.P, divPath, Lines(BlockText.Lines(address)), inner, innerWidth, Typography.ParagraphGap);
                break;
            case StatHeadlineBlock stat:
                foreach (var child in stat)
                {
                    if (child is ParagraphBlock paragraph)
                    {
                        // The emphasised number large, as on the page; the words after it at the standfirst's size.
                        var runs = _inlines.Collect(paragraph.Inline, Typography.Lead)
                            .Select(r => r.Style.Face == FontFace.Regular ? r : r with { Style = r.Style with { Face = FontFace.Bold, Size = 28 } }).ToList();
                        Paragraph(StructureRole.P, divPath, runs, x, width, Typography.ParagraphGap);
                    }
                    else
                    {
                        Block(child, divPath, x, width, tight: false);
                    }
                }
                return;
            default:
                Blocks(press, divPath, inner, innerWidth, tight: false);
                break;
        }
        var group = ++_quoteGroups;
        for (var b = before; b < _blocks.Count; b++)
        {
            _blocks[b] = _blocks[b] with { QuoteGroup = group, QuoteBarX = x + 3, SpaceBefore = b == before ? Typography.QuoteGap : _blocks[b].SpaceBefore };
        }
    }

    private void Contact(ContactCard card, ImmutableArray<int> path, double x, double width)
    {
        Paragraph(StructureRole.P, path, [Run(card.Name, Typography.Body with { Face = FontFace.Bold })], x, width, Typography.ParagraphGap, keep: true);
        var address = new List<string>();
        foreach (var line in card.Lines)
        {
            if (line.Kind == ContactLineKind.Address)
            {
                address.Add(line.Text);
                continue;
            }
            FlushAddress();
            var link = new InlineTag(++_tagIds, StructureRole.Link, line.Href!);
            Paragraph(StructureRole.P, path, [Run(line.Label + ": ", Typography.Body with { Face = FontFace.Bold }), new InlineRun(line.Text, Typography.Body with { Ink = Ink.Link }, link)],
                x, width, Typography.ItemGap);
        }
        FlushAddress();

        void FlushAddress()
        {
            if (address.Count > 0)
            {
                Paragraph(StructureRole.P, path, Lines(address), x, width, Typography.ItemGap);
                address.Clear();
            }
        }
    }

    // Lines as one paragraph's runs, a hard break ("\n") between them.
    private static List<InlineRun> Lines(IEnumerable<string> lines) =>
        [.. lines.SelectMany(l => new[] { Run(l, Typography.Body), Run("\n", Typography.Body) }).SkipLast(1)];
}
