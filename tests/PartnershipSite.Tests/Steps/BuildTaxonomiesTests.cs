using PartnershipSite.Diagnostics;
using PartnershipSite.Tests.Listings;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Steps;

public sealed class BuildTaxonomiesTests
{
    private static string Topics(params string[] topics) => "topics:\n" + string.Join('\n', topics.Select(t => $"  - \"{t}\""));

    [Fact]
    public async Task Topic_and_organisation_pages_use_the_release_slug_rule_and_indexes_list_them_a_to_z_with_counts()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-a", "First", "2021-06-10", Topics("UK & US trade", "Zoology"))
            + TestSite.Release("2021-06-11-b", "Second", "2021-06-11", Topics("Science & innovation", "UK & US trade")));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(site.Has("topics/uk-us-trade/index.html"));
        Assert.True(site.Has("topics/science-innovation/index.html"));
        Assert.True(site.Has("organisations/department-for-testing/index.html"));
        var index = PaginationTests.Page(site, "topics/index.html");
        Assert.Equal("Topics – Test site", index.Title);
        var items = index.QuerySelectorAll(".term-list li").Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector(".term-count")!.TextContent)).ToList();
        Assert.Equal(
        [
            ("Science & innovation", "/topics/science-innovation/", "1 press release"),
            ("UK & US trade", "/topics/uk-us-trade/", "2 press releases"),
            ("Zoology", "/topics/zoology/", "1 press release"),
        ], items);
        var organisations = PaginationTests.Page(site, "organisations/index.html");
        Assert.Equal("/organisations/department-for-testing/", organisations.QuerySelector(".term-list a")!.GetAttribute("href"));
        var topic = PaginationTests.Page(site, "topics/uk-us-trade/index.html");
        Assert.Equal("UK & US trade", topic.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Second", "First"], topic.QuerySelectorAll(".release-list h3").Select(h => h.TextContent));
    }

    [Fact]
    public async Task Names_differing_only_in_case_spacing_or_punctuation_are_one_term_with_a_warning_naming_both()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-a", "First", "2021-06-10", Topics("Science and innovation"))
            + TestSite.Release("2021-06-11-b", "Second", "2021-06-11", Topics("science and  Innovation!")));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "PS0150");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("input/releases/2021-06-11-b.md", 10, 5), warning.Location);
        Assert.Contains("'science and  Innovation!'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'Science and innovation'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("input/releases/2021-06-10-a.md(10,5)", warning.Message, StringComparison.Ordinal);
        // One page, with both releases, under the first spelling.
        var page = PaginationTests.Page(site, "topics/science-and-innovation/index.html");
        Assert.Equal("Science and innovation", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".release-list li").Length);
        Assert.Single(PaginationTests.Page(site, "topics/index.html").QuerySelectorAll(".term-list li"));
    }

    [Fact]
    public async Task Different_names_that_map_to_one_page_are_an_error_at_the_second_with_the_first_located()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-a", "First", "2021-06-10", Topics("Café culture"))
            + TestSite.Release("2021-06-11-b", "Second", "2021-06-11", Topics("Other", "Cafè culture")));

        var result = await site.BuildAsync();

        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0151");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation("input/releases/2021-06-11-b.md", 11, 5), error.Location);
        Assert.Contains("'Cafè culture'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Café culture' at input/releases/2021-06-10-a.md(10,5)", error.Message, StringComparison.Ordinal);
        Assert.Contains("/topics/cafe-culture/", error.Message, StringComparison.Ordinal);
        Assert.False(site.Has("index.html"));
    }

    [Fact]
    public async Task Organisation_names_that_clash_are_located_in_from()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-a", "First", "2021-06-10").Replace("    - Department for Testing", "    - Department for Tésting", StringComparison.Ordinal)
            + TestSite.Release("2021-06-11-b", "Second", "2021-06-11").Replace("    - Department for Testing", "    - Department for Tèsting", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0151");
        Assert.Equal(new SourceLocation("input/releases/2021-06-11-b.md", 8, 7), error.Location);
        Assert.Contains("organisation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Name_with_no_letters_or_digits_is_an_error_at_its_position()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", "First", "2021-06-10", Topics("Fine", "&&")));

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0152");
        Assert.Equal(new SourceLocation("input/releases/2021-06-10-a.md", 11, 5), error.Location);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task Release_page_links_its_organisations_and_topics_to_their_pages()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", "First", "2021-06-10", Topics("Science and innovation", "Trade")));
        Assert.True((await site.BuildAsync()).Succeeded);
        var feeds = new Feeds.FeedSite(site);

        var page = PaginationTests.Page(site, "releases/a/index.html");

        var from = Assert.Single(page.QuerySelectorAll(".from-list a"));
        Assert.Equal(("Department for Testing", "/organisations/department-for-testing/"), (from.TextContent, from.GetAttribute("href")));
        var related = page.QuerySelector("nav.related")!;
        Assert.Equal("Explore the topic", related.QuerySelector("h2")!.TextContent);
        var topics = related.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();
        Assert.Equal([("Science and innovation", "/topics/science-and-innovation/"), ("Trade", "/topics/trade/")], topics);
        Assert.All(topics, t => Assert.NotNull(feeds.FileAt(new Uri(new Uri("https://example.gov.uk/"), t.Item2))));
    }

    [Fact]
    public async Task Drafts_appear_in_no_listing_term_page_feed_index_or_sitemap()
    {
        var site = PaginationTests.SiteWith(4, pageSize: 2, extra: i => "topics:\n  - Shared");
        site.FileSystem.WriteAllText("input/releases/2021-02-01-secret.md", """
            ---
            title: Secret draft
            summary: Not yet.
            date: 2021-02-01
            type: Press release
            draft: true
            from:
              organisations:
                - Secret Office
            topics:
              - Shared
              - Secret topic
            ---

            Embargoed.
            """);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var files = site.FileSystem.ListFiles("/site/output", recursive: true).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files.Where(f => !f.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes(file));
            Assert.DoesNotContain("Secret", text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(files, f => f.Contains("secret", StringComparison.Ordinal));
        // The shared topic still lists the four published releases, two to a page.
        Assert.True(site.Has("topics/shared/page/2/index.html"));
        Assert.False(site.Has("topics/shared/page/3/index.html"));
    }
}
