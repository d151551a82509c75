using System.Text.Json;
using AngleSharp.Html.Parser;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

public sealed class FeedTextTests
{
    // YAML single quotes: '' is one apostrophe. The title has every character XML, HTML and JSON escape, and more.
    private const string Title = """Fish & chips <b>"now"</b> </script> cost £5 – Ted's""";
    private const string YamlTitle = """'Fish & chips <b>"now"</b> </script> cost £5 – Ted''s'""";

    [Fact]
    public async Task Title_with_markup_characters_quotes_and_non_ascii_survives_in_every_format()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", YamlTitle));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var feeds = new FeedSite(site);

        Assert.Equal(Title, Assert.Single(feeds.Rss().Items).Title.Text);
        Assert.Equal(Title, Assert.Single(feeds.Atom().Items).Title.Text);
        Assert.Equal(Title, feeds.Json().GetProperty("items")[0].GetProperty("title").GetString());

        var page = new HtmlParser().ParseDocument(site.Read("releases/a/index.html"));
        Assert.Equal(Title, page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(Title + " – ", page.Title, StringComparison.Ordinal);
        Assert.Equal(Title, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal(Title, page.QuerySelector("meta[name='twitter:title']")!.GetAttribute("content"));
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        var jsonLd = Assert.Single(scripts).TextContent;
        Assert.Equal(Title, JsonDocument.Parse(jsonLd).RootElement.GetProperty("headline").GetString());
        // The headline's "</script>" must not end the JSON-LD element early.
        Assert.DoesNotContain("</script>", jsonLd);
        Assert.DoesNotContain("<b>", jsonLd);
    }
}
