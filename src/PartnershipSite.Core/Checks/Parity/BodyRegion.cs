using System.Collections.Immutable;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// Splits a format's blocks into the release's body and the frame around it (kicker, headline, dates, contacts,
/// download links, a feed's appended PDF link), which differ by format by design. The body runs from the first
/// block that reads as one of the body's first blocks to the last that reads as one of its last, so a block
/// dropped, changed or added inside it is a difference, and one the frame adds around it is not.
/// </summary>
public static class BodyRegion
{
    private const int Anchors = 3;

    /// <summary>The body, the frame and the text that follows the body of <paramref name="blocks"/>, given the blocks the body renders to (<paramref name="expected"/>).</summary>
    public static (ImmutableArray<TextBlock> Body, ImmutableArray<TextBlock> Frame, string Following) Split(ImmutableArray<TextBlock> blocks, ImmutableArray<TextBlock> expected, string summary)
    {
        var texts = expected.Where(b => b.Text.Length > 0 && b.Text != summary).Select(b => b.Text).ToList();
        var first = texts.Take(Anchors).ToHashSet(StringComparer.Ordinal);
        var last = texts.TakeLast(Anchors).ToHashSet(StringComparer.Ordinal);
        var start = 0;
        while (start < blocks.Length && !first.Contains(blocks[start].Text))
        {
            start++;
        }
        var end = blocks.Length - 1;
        while (end >= start && !last.Contains(blocks[end].Text))
        {
            end--;
        }
        if (start == blocks.Length || end < start)
        {
            // Nothing of the body is there (or the body has no text): all of it is frame, and the body reads as empty.
            return ([], blocks, "");
        }
        // An image in a paragraph of its own is a block without text: it belongs to the body it borders.
        while (start > 0 && blocks[start - 1] is { Text.Length: 0, Alts.Length: > 0 })
        {
            start--;
        }
        while (end + 1 < blocks.Length && blocks[end + 1] is { Text.Length: 0, Alts.Length: > 0 })
        {
            end++;
        }
        // The standfirst repeated as a body paragraph is text read twice, which a format may rightly leave out.
        var body = blocks[start..(end + 1)].Where(b => b.Text != summary || b.Text.Length == 0);
        // What the format goes on to say after the body: quoted when the body ends early, as what it has in its place.
        var following = blocks[(end + 1)..].FirstOrDefault(b => b.Text.Length > 0)?.Text ?? "";
        return ([.. body], [.. blocks[..start], .. blocks[(end + 1)..]], following);
    }
}
