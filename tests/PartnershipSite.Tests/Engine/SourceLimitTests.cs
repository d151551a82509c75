using PartnershipSite.Diagnostics;
using PartnershipSite.Tests.Support;
using PartnershipSite.Text;

namespace PartnershipSite.Tests.Engine;

/// <summary>
/// The limits every source is held to (<see cref="SourceLimits"/>) and the range of dates every format can write:
/// input past one is a located error at the place it passes it, and input up to it publishes.
/// </summary>
public sealed class SourceLimitTests
{
    private static Task<Diagnostic> FirstErrorAsync(TestSite site) => HostileInputTests.FirstErrorAsync(site);

    [Theory]
    [InlineData("1000-01-01")]
    [InlineData("9998-12-31")]
    [InlineData("9998-12-31T23:59:59+14:00")]
    [InlineData("1000-01-01T00:00:00-14:00")]
    [InlineData("2020-02-29T23:59:59-12:00")]
    public async Task A_date_at_the_edge_of_the_range_publishes(string date)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", date: date, extra: $"updated:\n  - date: {date}\n    note: Checked."));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(date[..4], site.Read("feed.xml"), StringComparison.Ordinal);
        Assert.Contains(date[..4], site.Read("atom.xml"), StringComparison.Ordinal);
        Assert.Contains(date[..4], site.Read("feed.json"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0999-12-31T23:59:59Z")]
    [InlineData("1000-01-01T00:00:00+14:00")]
    [InlineData("9999-01-01")]
    [InlineData("9999-12-31T00:00:00-01:00")]
    public async Task A_date_outside_the_range_every_format_can_write_is_refused_at_the_value(string date)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", date: date));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0121", new SourceLocation("input/releases/a.md", 4, 7)), (error.Code, error.Location));
        Assert.Contains("1 January 1000 to 31 December 9998", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-02T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:00Z")]
    public async Task An_embargo_outside_the_range_is_refused_at_the_value(string instant)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", extra: $"publish_at: {instant}"));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0121", "input/releases/a.md", 9), (error.Code, error.Location.Path, error.Location.Line));
    }

    [Theory]
    [InlineData("10000-01-01")]
    [InlineData("0000-01-01")]
    public async Task A_date_past_the_edge_of_the_calendar_is_an_invalid_date_at_the_value(string date)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", date: date));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0103", new SourceLocation("input/releases/a.md", 4, 7)), (error.Code, error.Location));
    }

    [Fact]
    public async Task A_paragraph_with_more_markers_than_the_limit_is_refused_at_the_first_marker_past_it()
    {
        // Markdig's time grows with the square of a paragraph's unmatched openers: 20,000 of these took 30 s.
        var body = string.Join('\n', Enumerable.Repeat("<<: *a", SourceLimits.MaxInlineMarkers + 1));
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: body));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0122", new SourceLocation("input/releases/a.md", 12 + SourceLimits.MaxInlineMarkers, 5)), (error.Code, error.Location));
    }

    [Fact]
    public async Task Markers_are_counted_per_paragraph_and_escaped_ones_are_text()
    {
        var paragraph = string.Join('\n', Enumerable.Repeat("*a* [b](https://example.gov.uk/) \\_", SourceLimits.MaxInlineMarkers / 4));
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: paragraph + "\n\n" + paragraph));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public async Task A_release_with_more_blocks_than_the_limit_is_refused_at_the_first_block_past_it()
    {
        // Each block costs time in every format and in the parity check: 20,000 one-line callouts took over 10 s of CPU.
        var body = string.Join("\n\n", Enumerable.Range(1, SourceLimits.MaxBlocks + 10).Select(i => $"Paragraph {i}."));
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: body));

        var error = await FirstErrorAsync(site);

        // The front matter is a block of the document too, so paragraph MaxBlocks is the first past the limit (two lines each).
        Assert.Equal(("PS0123", new SourceLocation("input/releases/a.md", 12 + 2 * (SourceLimits.MaxBlocks - 1), 1)), (error.Code, error.Location));
        Assert.Contains("more than 2,000 Markdown blocks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_of_many_blocks_within_the_limit_builds()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, SourceLimits.MaxBlocks - 1).Select(i => $"Paragraph {i}."));
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: body));

        var result = await site.BuildAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PS0123");
    }

    [Fact]
    public async Task A_line_past_the_limit_is_refused_at_the_column_where_it_passes_it()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: new string('x', SourceLimits.MaxLineLength + 1)));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0118", new SourceLocation("input/releases/a.md", 12, SourceLimits.MaxLineLength + 1)), (error.Code, error.Location));
    }

    [Fact]
    public async Task A_file_past_the_size_limit_is_refused()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: string.Concat(Enumerable.Repeat(new string('x', 1000) + "\n\n", 1100))));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0117", new SourceLocation("input/releases/a.md", 1, 1)), (error.Code, error.Location));
    }

    [Fact]
    public async Task Link_text_past_the_limit_is_refused_at_the_link()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 400));
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: $"See [{words}](https://www.gov.uk/)."));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0120", new SourceLocation("input/releases/a.md", 12, 5)), (error.Code, error.Location));
    }
}
