using System.Collections.Immutable;

namespace PartnershipSite.Pdf;

/// <summary>
/// Places flow blocks on pages top to bottom. A block splits only leaving at least two lines on each side
/// (no orphan, no widow); a block that keeps with the next moves to a new page unless the next block's first
/// two lines fit after it. Space above a block is dropped at the top of a page. A table's header row is repeated,
/// as an artifact, at the top of each page the table continues on.
/// </summary>
internal static class Paginator
{
    private const int MinLines = 2;

    /// <summary>The pages and the bookmarks (with their page and position).</summary>
    public static (ImmutableArray<PlacedPage> Pages, ImmutableArray<OutlineEntry> Outline) Paginate(IReadOnlyList<FlowBlock> blocks, PageGeometry geometry)
    {
        var pages = ImmutableArray.CreateBuilder<PlacedPage>();
        var outline = ImmutableArray.CreateBuilder<OutlineEntry>();
        var content = ImmutableArray.CreateBuilder<Fragment>();
        var rules = ImmutableArray.CreateBuilder<Rule>();
        var artifacts = ImmutableArray.CreateBuilder<Fragment>();
        var bars = new Dictionary<int, (double X, double Top, double Bottom)>();
        var y = geometry.Top;
        var empty = true;
        var bottom = geometry.ContentBottom;

        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var lines = block.Lines;
            if (!empty && y + Gap(block) + Height(lines, 0, Math.Min(lines.Length, MinLines)) > bottom)
            {
                NewPage();
            }
            y += Gap(block);
            var tail = block.KeepWithNext ? KeptTail(blocks, b, bottom - geometry.Top) : 0;
            var index = 0;
            while (index < lines.Length)
            {
                var remaining = lines.Length - index;
                var fit = 0;
                for (var h = 0.0; fit < remaining && y + h + lines[index + fit].Height <= bottom + 0.01; fit++)
                {
                    h += lines[index + fit].Height;
                }
                var take = fit;
                var kept = fit == remaining && y + Height(lines, index, remaining) + tail <= bottom + 0.01;
                if (!kept)
                {
                    // All fits but the next block's start would not: carry the last lines over with it.
                    if (fit == remaining)
                    {
                        take = remaining - MinLines;
                    }
                    if (remaining - take < MinLines)
                    {
                        take = remaining - MinLines;
                    }
                    if (take < MinLines)
                    {
                        // Too little room for a clean split: start the rest on a new page, unless the page is empty.
                        take = empty ? Math.Max(fit, 1) : 0;
                    }
                }
                for (var i = index; i < index + take; i++)
                {
                    Place(block, lines[i], i == 0);
                }
                index += take;
                if (index < lines.Length)
                {
                    NewPage();
                    if (block.RepeatedHeader is { } header)
                    {
                        Place(block, header, false);
                        // Only the repeat is on the page: a row too tall for the rest of it is still placed here.
                        empty = true;
                    }
                }
            }
            if (block.RuleAfter)
            {
                rules.Add(new Rule(geometry.Left, y + 9, geometry.Width - geometry.Right, y + 9, 0.75, Ink.Rule));
                y += 18;
                empty = false;
            }
        }
        NewPage();
        return (pages.ToImmutable(), outline.ToImmutable());

        double Gap(FlowBlock block) => empty ? 0 : block.SpaceBefore;

        void Place(FlowBlock block, FlowLine line, bool first)
        {
            var baseline = y + line.BaselineOffset;
            if (first && block.Bookmark is { } bookmark)
            {
                outline.Add(new OutlineEntry(bookmark.Title, bookmark.Level, pages.Count + 1, y));
            }
            foreach (var unplaced in line.Fragments)
            {
                var fragment = unplaced with { Baseline = baseline + unplaced.Baseline };
                if (fragment.Path.IsEmpty)
                {
                    artifacts.Add(fragment);
                    continue;
                }
                content.Add(fragment);
                if (fragment.Style.Shaded && fragment.Width > 0)
                {
                    // A band drawn as a thick line behind the text (artifacts are drawn before content).
                    var middle = baseline - fragment.Style.Size * 0.3;
                    rules.Add(new Rule(fragment.X - 1.5, middle, fragment.X + fragment.Width + 1.5, middle, fragment.Style.Size * 1.3, Ink.Shade));
                }
                if (fragment.Style.Ink == Ink.Link && fragment.Width > 0)
                {
                    var underline = baseline + fragment.Style.Size * 0.14;
                    rules.Add(new Rule(fragment.X, underline, fragment.X + fragment.Width, underline, fragment.Style.Size * 0.06, Ink.Link));
                }
            }
            foreach (var rule in line.Rules)
            {
                rules.Add(rule with { Y1 = y + rule.Y1, Y2 = y + rule.Y2 });
            }
            if (block.QuoteGroup != 0)
            {
                var top = bars.TryGetValue(block.QuoteGroup, out var bar) ? bar.Top : y;
                bars[block.QuoteGroup] = (block.QuoteBarX, top, y + line.Height);
            }
            y += line.Height;
            empty = false;
        }

        void NewPage()
        {
            foreach (var (x, top, end) in bars.Values)
            {
                rules.Add(new Rule(x, top + 3, x, end - 3, 3, Ink.Rule));
            }
            bars.Clear();
            if (content.Count > 0 || rules.Count > 0 || artifacts.Count > 0)
            {
                pages.Add(new PlacedPage(content.ToImmutable(), rules.ToImmutable(), artifacts.ToImmutable()));
            }
            content.Clear();
            rules.Clear();
            artifacts.Clear();
            y = geometry.Top;
            empty = true;
        }
    }

    // Room the next block's first lines need after block b, when b keeps with it. A short next block that keeps with
    // its own next (a one-line lead-in after a heading) brings that block's first lines into the count, so a heading
    // is never left at the foot of a page above a lead-in that moved on with its table or list. A chain that needs
    // more than a page cannot be kept together, so it is not kept at all (0): it flows like text, instead of one
    // block per page, and counting stops there, so a long chain costs a page's worth of work, not its length squared.
    private static double KeptTail(IReadOnlyList<FlowBlock> blocks, int b, double pageHeight)
    {
        var tail = 0.0;
        for (var n = b + 1; n < blocks.Count; n++)
        {
            var next = blocks[n];
            tail += next.SpaceBefore + Height(next.Lines, 0, Math.Min(next.Lines.Length, MinLines));
            if (tail > pageHeight)
            {
                return 0;
            }
            if (!next.KeepWithNext || next.Lines.Length > MinLines)
            {
                break;
            }
        }
        return tail;
    }

    private static double Height(ImmutableArray<FlowLine> lines, int start, int count)
    {
        var h = 0.0;
        for (var i = start; i < start + count; i++)
        {
            h += lines[i].Height;
        }
        return h;
    }
}
