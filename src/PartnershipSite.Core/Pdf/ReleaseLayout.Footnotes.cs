using System.Collections.Immutable;
using System.Globalization;
using Markdig.Extensions.Footnotes;

namespace PartnershipSite.Pdf;

// Footnotes: as on the page, a rule and then a numbered list of the notes, in the order they are first referred to,
// at the end of the release body. References in the text are superscript numbers tagged Reference.
internal sealed partial class ReleaseLayout
{
    private void Footnotes(FootnoteGroup group, ImmutableArray<int> path, double x, double width)
    {
        var notes = group.OfType<Footnote>().ToList();
        if (notes.Count == 0)
        {
            return;
        }
        _blocks.Add(new FlowBlock([], Typography.HeadingGap) { RuleAfter = true });
        var listPath = path.Add(NewElement(StructureRole.L));
        var first = true;
        foreach (var note in notes)
        {
            var item = ListItem(listPath, note.Order.ToString(CultureInfo.InvariantCulture) + ".", out var body);
            var before = _blocks.Count;
            // A note of one paragraph is the item's body itself, as in a tight list; longer notes keep their paragraphs.
            foreach (var block in note)
            {
                Block(block, body, x + Typography.Indent, width - Typography.Indent, tight: note.Count == 1);
            }
            if (_blocks.Count > before)
            {
                _blocks[before] = _blocks[before] with { SpaceBefore = first ? 0 : Typography.ItemGap + 3 };
            }
            AttachLabel(before, item, x);
            first = false;
        }
    }
}
