using PartnershipSite.Pdf;

namespace PartnershipSite.Tests.Pdf;

public sealed class LineBreakerTests
{
    private static readonly TextStyle Plain = new(FontFace.Regular, 1, Ink.Text);
    private static readonly TextStyle Bold = new(FontFace.Bold, 1, Ink.Text);

    private static List<string> Lines(double width, params InlineRun[] runs) =>
        [.. LineBreaker.Break(runs, width, new FakeMetrics()).Select(line => string.Concat(line.Select(p => p.Text)))];

    [Fact]
    public void Words_fill_each_line_greedily_and_keep_their_trailing_space()
    {
        var lines = Lines(11, new InlineRun("one two three four five", Plain, null));

        Assert.Equal(["one two ", "three four ", "five"], lines);
    }

    [Fact]
    public void A_word_spanning_two_runs_is_not_broken_between_them()
    {
        var lines = Lines(8, new InlineRun("aaa bb", Plain, null), new InlineRun("cc", Bold, null), new InlineRun("d e", Plain, null));

        // "bbccd" is one word: 2 + 4 (bold) + 1 = 7 wide, so it moves whole to the second line, and "e" cannot follow it.
        Assert.Equal(["aaa ", "bbccd ", "e"], lines);
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_between_characters()
    {
        var lines = Lines(4, new InlineRun("ab abcdefghij x", Plain, null));

        Assert.Equal(["ab ", "abcd", "efgh", "ij x"], lines);
    }

    [Fact]
    public void A_long_url_breaks_after_a_slash_or_dot_where_one_falls_on_the_line()
    {
        var lines = Lines(12, new InlineRun("see https://example.org/a/long-path now", Plain, null));

        Assert.Equal(["see ", "https://", "example.org/", "a/long-path ", "now"], lines);
    }

    [Fact]
    public void A_word_spanning_runs_is_broken_keeping_each_part_in_its_run_style()
    {
        var line = LineBreaker.Break([new("abc", Plain, null), new("def", Bold, null)], 5, new FakeMetrics());

        // 3 plain + 2 bold = 5 fits the first line; the rest of the bold run goes on.
        Assert.Equal([["abc", "d"], ["ef"]], line.Select(l => l.Select(p => p.Text).ToArray()).ToArray());
        Assert.Equal(FontFace.Bold, line[1][0].Style.Face);
    }

    [Fact]
    public void A_hard_break_starts_a_new_line()
    {
        var lines = Lines(100, new InlineRun("first", Plain, null), new InlineRun("\n", Plain, null), new InlineRun("second", Plain, null));

        Assert.Equal(["first", "second"], lines);
    }

    [Fact]
    public void Pieces_are_positioned_after_each_other_and_report_width_without_the_trailing_space()
    {
        var link = new InlineTag(1, StructureRole.Link, "https://example.org/");
        var line = Assert.Single(LineBreaker.Break([new("see ", Plain, null), new("the site", Plain with { Ink = Ink.Link }, link), new(" now", Plain, null)], 100, new FakeMetrics()));

        Assert.Equal(["see ", "the site", " now"], line.Select(p => p.Text));
        Assert.Equal([0.0, 4.0, 12.0], line.Select(p => p.X));
        Assert.Equal([3.0, 8.0, 4.0], line.Select(p => p.Width));
        Assert.Same(link, line[1].Tag);
    }
}
