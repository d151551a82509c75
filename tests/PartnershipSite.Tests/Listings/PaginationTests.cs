using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Listings;

public sealed class PaginationTests
{
    private const int PageSize = 3;

    /// <summary>A site with <paramref name="count"/> releases, one a day from 1 January 2021, <see cref="PageSize"/> to a page.</summary>
    internal static TestSite SiteWith(int count, int pageSize = PageSize, Func<int, string>? extra = null, string config = "")
    {
        var text = new StringBuilder(TestSite.SiteYml.TrimEnd('\n') + $"\npage_size: {pageSize}\n{config}\n");
        for (var i = 1; i <= count; i++)
        {
            var date = new DateOnly(2021, 1, 1).AddDays(i - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append(TestSite.Release($"{date}-r{i}", $"Release number {i}", date, extra: extra?.Invoke(i) ?? ""));
        }
        return TestSite.Parse(text.ToString());
    }

    internal static IDocument Page(TestSite site, string path) => new HtmlParser().ParseDocument(site.Read(path));

    private static List<string> Titles(IDocument page) => [.. page.QuerySelectorAll(".release-list h3").Select(h => h.TextContent)];

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(PageSize, 1)]
    [InlineData(PageSize + 1, 2)]
    [InlineData(3 * PageSize, 3)]
    public async Task Releases_are_split_into_pages_of_page_size_newest_first(int releases, int pages)
    {
        var site = SiteWith(releases);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var paths = Enumerable.Range(1, pages).Select(n => n == 1 ? "index.html" : $"page/{n}/index.html").ToList();
        Assert.All(paths, p => Assert.True(site.Has(p), p));
        Assert.False(site.Has($"page/{pages + 1}/index.html"));
        Assert.False(site.Has("page/1/index.html"));
        var listed = paths.SelectMany(p => Titles(Page(site, p))).ToList();
        // Every release once, newest first, across the pages in order.
        Assert.Equal(Enumerable.Range(1, releases).Reverse().Select(i => $"Release number {i}"), listed);
        Assert.All(paths, p => Assert.InRange(Titles(Page(site, p)).Count, Math.Min(1, releases), PageSize));
        var home = Page(site, "index.html");
        Assert.Equal(pages > 1, home.QuerySelector("nav[aria-label='Pagination']") is not null);
        if (releases == 0)
        {
            Assert.Contains("No releases have been published yet.", home.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Middle_page_links_both_ways_in_its_nav_and_head_and_names_itself_in_the_title()
    {
        var site = SiteWith(3 * PageSize);
        Assert.True((await site.BuildAsync()).Succeeded);

        var page = Page(site, "page/2/index.html");

        Assert.Equal("Press releases, page 2 of 3 – Test site", page.Title);
        Assert.Equal("https://example.gov.uk/", page.Head!.QuerySelector("link[rel='prev']")!.GetAttribute("href"));
        Assert.Equal("https://example.gov.uk/page/3/", page.Head!.QuerySelector("link[rel='next']")!.GetAttribute("href"));
        var nav = page.QuerySelector("nav[aria-label='Pagination']")!;
        var previous = nav.QuerySelector("a[rel='prev']")!;
        var next = nav.QuerySelector("a[rel='next']")!;
        Assert.Equal("/", previous.GetAttribute("href"));
        Assert.Equal("/page/3/", next.GetAttribute("href"));
        Assert.Equal("← Previous page 1 of 3", Normalise(previous.TextContent));
        Assert.Equal("Next page → 3 of 3", Normalise(next.TextContent));
        Assert.Equal("Page 2 of 3", page.QuerySelector("main h2")!.TextContent);
    }

    [Fact]
    public async Task First_and_last_pages_link_only_inwards()
    {
        var site = SiteWith(2 * PageSize);
        Assert.True((await site.BuildAsync()).Succeeded);

        var first = Page(site, "index.html");
        var last = Page(site, "page/2/index.html");

        Assert.Equal("Test site", first.Title);
        Assert.Null(first.Head!.QuerySelector("link[rel='prev']"));
        Assert.Null(first.QuerySelector("nav[aria-label='Pagination'] a[rel='prev']"));
        Assert.Equal("/page/2/", first.QuerySelector("nav[aria-label='Pagination'] a[rel='next']")!.GetAttribute("href"));
        Assert.Null(last.Head!.QuerySelector("link[rel='next']"));
        Assert.Null(last.QuerySelector("nav[aria-label='Pagination'] a[rel='next']"));
        Assert.Equal("Press releases, page 2 of 2 – Test site", last.Title);
    }

    [Fact]
    public async Task Topic_pages_paginate_by_the_same_rule_under_their_own_folder()
    {
        var site = SiteWith(PageSize + 1, extra: _ => "topics:\n  - Science and innovation");
        Assert.True((await site.BuildAsync()).Succeeded);

        var second = Page(site, "topics/science-and-innovation/page/2/index.html");

        Assert.Equal("Science and innovation, page 2 of 2 – Test site", second.Title);
        Assert.Equal(["Release number 1"], Titles(second));
        Assert.Equal("/topics/science-and-innovation/", second.QuerySelector("nav[aria-label='Pagination'] a[rel='prev']")!.GetAttribute("href"));
        Assert.False(site.Has("topics/science-and-innovation/page/3/index.html"));
        Assert.True(site.Has("organisations/department-for-testing/page/2/index.html"));
    }

    [Fact]
    public async Task Page_size_that_is_not_a_positive_number_is_reported_at_its_line()
    {
        var site = TestSite.Parse(TestSite.SiteYml.TrimEnd('\n') + "\npage_size: none\n\n");

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0111");
        Assert.Equal(new PartnershipSite.Diagnostics.SourceLocation("input/site.yml", 8, 12), error.Location);
    }

    [Fact]
    public async Task Building_twice_gives_the_same_bytes_whatever_the_parallelism()
    {
        var one = SiteWith(2 * PageSize + 1, extra: i => $"topics:\n  - Topic {i % 2}");
        var two = SiteWith(2 * PageSize + 1, extra: i => $"topics:\n  - Topic {i % 2}");

        var first = await one.BuildAsync(parallelism: 1);
        var second = await two.BuildAsync(parallelism: 4);

        Assert.Equal(first.Outputs.Select(o => o.Path), second.Outputs.Select(o => o.Path));
        Assert.All(first.Outputs.Zip(second.Outputs), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
