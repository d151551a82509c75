using PartnershipSite.Pdf;

namespace PartnershipSite.Tests.Pdf;

public sealed class TableColumnsTests
{
    private static readonly TextStyle Style = new(FontFace.Regular, 1, Ink.Text);

    // FakeMetrics: one point per character at size 1.
    private static double[] Widths(double width, params string[] cells) =>
        TableColumns.Widths(cells.Select((text, i) => (i, new List<InlineRun> { new(text, Style, null) })), cells.Length, width, 0, new FakeMetrics());

    [Fact]
    public void Columns_that_fit_unwrapped_share_the_spare_width_in_proportion_and_fill_the_text_width()
    {
        var widths = Widths(100, "aaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbb");

        Assert.Equal([100.0 / 3, 200.0 / 3], widths, (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void A_short_column_keeps_its_text_unwrapped_while_a_long_one_wraps_in_the_rest()
    {
        var widths = Widths(100, string.Join(' ', Enumerable.Repeat("word", 40)), "Funding (£m)");

        Assert.Equal(12, widths[1]);
        Assert.Equal(88, widths[0]);
    }

    [Fact]
    public void Columns_never_get_less_than_their_longest_word_when_the_words_fit()
    {
        var widths = Widths(100, "supercalifragilistic " + string.Join(' ', Enumerable.Repeat("xx", 40)), string.Join(' ', Enumerable.Repeat("yy", 60)));

        Assert.True(widths[0] >= 20, $"{widths[0]}");
        Assert.Equal(100, widths.Sum(), 6);
    }
}
