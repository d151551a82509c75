using System.Collections.Immutable;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// Splits a format's blocks into the release's body and the frame around it (kicker, headline, dates, contacts,
/// download links, a feed's appended PDF link), which differ by format by design. The body runs from the first
/// two consecutive blocks that read as two consecutive blocks among the body's first to the last two that read as
/// two among its last, so a block dropped, changed or added inside it is a difference, one the frame adds around it
/// is not, and a body that repeats the headline is not found at the headline.
/// </summary>
internal static class BodyRegion
{
    private const int Anchors = 3;

    // The first block that begins two consecutive body blocks (one of the first pairs), so a body whose first paragraph
    // repeats the headline is not found at the headline; failing that, the first block that reads as one of the first.
    private static int Start(ImmutableArray<TextBlock> blocks, List<int> candidates, List<string> texts)
    {
        for (var c = 0; c + 1 < candidates.Count; c++)
        {
            for (var j = 0; j < Anchors && j + 1 < texts.Count; j++)
            {
                if (blocks[candidates[c]].Text == texts[j] && blocks[candidates[c + 1]].Text == texts[j + 1])
                {
                    return candidates[c];
                }
            }
        }
        var first = texts.Take(Anchors).ToHashSet(StringComparer.Ordinal);
        return candidates.Where(i => first.Contains(blocks[i].Text)).DefaultIfEmpty(-1).First();
    }

    // The last block that ends two consecutive body blocks (one of the last pairs); failing that, the last that reads as one of the last.
    private static int End(ImmutableArray<TextBlock> blocks, List<int> candidates, List<string> texts)
    {
        for (var c = candidates.Count - 1; c >= 1; c--)
        {
            for (var k = texts.Count - 1; k >= Math.Max(1, texts.Count - Anchors); k--)
            {
                if (blocks[candidates[c]].Text == texts[k] && blocks[candidates[c - 1]].Text == texts[k - 1])
                {
                    return candidates[c];
                }
            }
        }
        var last = texts.TakeLast(Anchors).ToHashSet(StringComparer.Ordinal);
        return candidates.Where(i => last.Contains(blocks[i].Text)).DefaultIfEmpty(-1).Last();
    }

    /// <summary>The body, the frame and the text that follows the body of <paramref name="blocks"/>, given the blocks the body renders to (<paramref name="expected"/>).</summary>
    public static (ImmutableArray<TextBlock> Body, ImmutableArray<TextBlock> Frame, string Following) Split(ImmutableArray<TextBlock> blocks, ImmutableArray<TextBlock> expected, string summary)
    {
        var texts = expected.Where(b => b.Text.Length > 0 && b.Text != summary).Select(b => b.Text).ToList();
        // The blocks that may anchor the body: those with text, the standfirst aside (the frame shows it too).
        var candidates = Enumerable.Range(0, blocks.Length).Where(i => blocks[i].Text.Length > 0 && blocks[i].Text != summary).ToList();
        var (start, end) = (Start(blocks, candidates, texts), End(blocks, candidates, texts));
        if (start < 0 || end < start)
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
