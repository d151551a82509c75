using System.Collections.Immutable;
using PartnershipSite.Pdf;

namespace PartnershipSite.Tests.Pdf;

public sealed class PaginatorTests
{
    // Ten lines of 10 pt fit a page: content area 100 pt high.
    private static readonly PageGeometry Geometry = new(200, 300, 10, 10, 100, 100);
    private static readonly TextStyle Style = new(FontFace.Regular, 8, Ink.Text);

    private static FlowBlock Block(string name, int lines, double spaceBefore = 0, bool keep = false) =>
        new([.. Enumerable.Range(1, lines).Select(i => new FlowLine(10, 8, [new Fragment(10, 0, 10, $"{name}{i}", Style, [0])]))], spaceBefore) { KeepWithNext = keep };

    private static List<List<string>> Pages(params FlowBlock[] blocks) =>
        [.. Paginator.Paginate(blocks, Geometry).Pages.Select(p => p.Content.Select(f => f.Text).ToList())];

    [Fact]
    public void A_paragraph_that_does_not_fit_splits_leaving_two_lines_on_each_page()
    {
        var pages = Pages(Block("a", 7), Block("b", 4));

        // Three lines of b fit on page 1, but that would leave a widow: two go on, two move.
        Assert.Equal(["a1", "a2", "a3", "a4", "a5", "a6", "a7", "b1", "b2"], pages[0]);
        Assert.Equal(["b3", "b4"], pages[1]);
    }

    [Fact]
    public void A_paragraph_that_would_leave_one_line_at_the_foot_moves_to_the_next_page()
    {
        var pages = Pages(Block("a", 9), Block("b", 3));

        Assert.Equal(9, pages[0].Count);
        Assert.Equal(["b1", "b2", "b3"], pages[1]);
    }

    [Fact]
    public void A_heading_moves_to_the_next_page_with_the_first_lines_of_its_paragraph()
    {
        var pages = Pages(Block("a", 8), Block("h", 1, keep: true), Block("b", 4));

        Assert.Equal(8, pages[0].Count);
        Assert.Equal(["h1", "b1", "b2", "b3", "b4"], pages[1]);
    }

    [Fact]
    public void A_heading_followed_by_a_one_line_lead_in_moves_with_it_and_the_start_of_what_the_lead_in_introduces()
    {
        // Heading, "The table shows:" and a table: the heading fits on page 1, the lead-in too, but not the table's start.
        var pages = Pages(Block("a", 7), Block("h", 1, keep: true), Block("l", 1, keep: true), Block("t", 4));

        Assert.Equal(["a1", "a2", "a3", "a4", "a5", "a6", "a7"], pages[0]);
        Assert.Equal(["h1", "l1", "t1", "t2", "t3", "t4"], pages[1]);
    }

    [Fact]
    public void A_block_that_keeps_with_the_next_carries_its_last_two_lines_over_rather_than_leave_the_next_alone()
    {
        var pages = Pages(Block("a", 6), Block("q", 4, keep: true), Block("c", 1));

        // The quotation fits page 1 but its attribution would not: two lines go over with it.
        Assert.Equal(["a1", "a2", "a3", "a4", "a5", "a6", "q1", "q2"], pages[0]);
        Assert.Equal(["q3", "q4", "c1"], pages[1]);
    }

    [Fact]
    public void Space_above_a_block_is_dropped_at_the_top_of_a_page()
    {
        var (pages, _) = Paginator.Paginate([Block("a", 10), Block("b", 2, spaceBefore: 20)], Geometry);

        Assert.Equal(100 + 8, pages[1].Content[0].Baseline);
    }

    [Fact]
    public void A_block_longer_than_a_page_is_split_over_as_many_pages_as_it_needs()
    {
        var pages = Pages(Block("a", 25));

        Assert.Equal([10, 10, 5], pages.Select(p => p.Count));
    }

    [Fact]
    public void Bookmarks_record_the_page_and_top_of_their_block()
    {
        var heading = Block("h", 1, keep: true) with { Bookmark = ("Section", 2) };

        var (_, outline) = Paginator.Paginate([Block("a", 9), heading, Block("b", 2)], Geometry);

        Assert.Equal(new OutlineEntry("Section", 2, 2, 100), Assert.Single(outline));
    }

    [Fact]
    public void Links_are_underlined_as_artifacts()
    {
        var link = new Fragment(10, 0, 30, "a link", Style with { Ink = Ink.Link }, [0]);
        var (pages, _) = Paginator.Paginate([new FlowBlock([new FlowLine(10, 8, [link])], 0)], Geometry);

        var rule = Assert.Single(pages[0].Rules);
        Assert.Equal((10.0, 40.0, Ink.Link), (rule.X1, rule.X2, rule.Ink));
        Assert.True(rule.Y1 > pages[0].Content[0].Baseline);
    }

    [Fact]
    public void A_long_chain_of_short_blocks_that_keep_with_the_next_fills_pages_in_order()
    {
        // Captions and lead-ins keep with what follows; a chain of them once cost the square of its length (the
        // room each needed was summed to the chain's end), and the room needed never exceeds a page.
        var blocks = Enumerable.Range(0, 20_000).Select(i => Block($"c{i}-", 1, keep: true)).Append(Block("end", 2)).ToArray();

        var pages = Pages(blocks);

        Assert.Equal(blocks.Sum(b => b.Lines.Length), pages.Sum(p => p.Count));
        // Kept together it cannot be, so it flows like text: full pages, not one block per page.
        // Near the end the rest of the chain fits on a page, and keeps with the last block again.
        Assert.InRange(pages.Count, 2_001, 2_003);
        Assert.InRange(pages.Count(p => p.Count < 10), 1, 3);
        Assert.Equal(["c0-1", "c1-1"], pages[0].Take(2));
        Assert.Equal("end2", pages[^1][^1]);
    }
}
