using System.Collections.Immutable;
using Markdig.Syntax;

namespace PartnershipSite.Pdf;

// Lists: L > LI > Lbl + LBody, nested lists inside the body of their item; the label sits on the item's first line.
internal sealed partial class ReleaseLayout
{
    private void List(ListBlock list, ImmutableArray<int> path, double x, double width)
    {
        var element = NewElement(StructureRole.L, Language(list));
        var listPath = path.Add(element);
        var depth = path.Count(id => _elements[id].Role == StructureRole.L);
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, System.Globalization.CultureInfo.InvariantCulture, out var start) ? start : 1;
        var first = true;
        foreach (var child in list.OfType<ListItemBlock>())
        {
            var label = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : (depth % 2 == 0 ? "•" : "–");
            var item = ListItem(listPath, label, out var body);
            var before = _blocks.Count;
            var gap = first ? (depth == 0 ? Typography.ParagraphGap : Typography.ItemGap) : Typography.ItemGap;
            foreach (var block in child)
            {
                Block(block, body, x + Typography.Indent, width - Typography.Indent, list.IsLoose is false);
            }
            if (_blocks.Count > before)
            {
                _blocks[before] = _blocks[before] with { SpaceBefore = Math.Max(_blocks[before].SpaceBefore, gap) };
            }
            AttachLabel(before, item, x);
            first = false;
        }
    }

    // Creates LI with its Lbl and LBody; returns the label element and the body's path.
    private (int Label, string Text, TextStyle Style, ImmutableArray<int> Path) ListItem(ImmutableArray<int> listPath, string label, out ImmutableArray<int> body)
    {
        var item = NewElement(StructureRole.LI);
        var lbl = NewElement(StructureRole.Lbl);
        var lbody = NewElement(StructureRole.LBody);
        body = listPath.Add(item).Add(lbody);
        return (lbl, label, Typography.Body, listPath.Add(item).Add(lbl));
    }

    // Puts the list label in front of the item's first line, so it is read before the item's text.
    private void AttachLabel(int firstBlock, (int Label, string Text, TextStyle Style, ImmutableArray<int> Path) item, double x)
    {
        var width = _metrics.Width(item.Text, item.Style.Face, item.Style.Size);
        var fragment = new Fragment(x + 4, 0, width, item.Text + " ", item.Style, item.Path);
        for (var b = firstBlock; b < _blocks.Count; b++)
        {
            if (_blocks[b].Lines.IsEmpty)
            {
                continue;
            }
            var line = _blocks[b].Lines[0];
            _blocks[b] = _blocks[b] with { Lines = _blocks[b].Lines.SetItem(0, line with { Fragments = line.Fragments.Insert(0, fragment) }) };
            return;
        }
        _blocks.Add(new FlowBlock([Line([fragment with { Path = item.Path }], item.Style)], Typography.ItemGap));
    }
}
