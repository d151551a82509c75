using AngleSharp.Html.Parser;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Templates;

/// <summary>The theme's page structure, checked on the built HTML without a browser.</summary>
public sealed class ThemeStructureTests
{
    [Fact]
    public async Task Release_in_another_language_marks_its_own_words_and_leaves_the_theme_in_the_site_language()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2024-02-10-welsh", "Datganiad", extra: "lang: cy"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.Read("releases/welsh/index.html"));
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("cy", page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("cy", page.QuerySelector(".lead")!.GetAttribute("lang"));
        Assert.Equal("cy", page.QuerySelector(".body")!.GetAttribute("lang"));
        Assert.Null(page.QuerySelector(".metadata")!.Closest("[lang=cy]"));
        var home = new HtmlParser().ParseDocument(site.Read("index.html"));
        Assert.Equal("cy", home.QuerySelector(".release-list h3")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Release_in_the_site_language_has_no_extra_lang_attributes()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a"));

        await site.BuildAsync();

        var page = new HtmlParser().ParseDocument(site.Read("releases/a/index.html"));
        Assert.Single(page.QuerySelectorAll("[lang]"));
    }

    [Fact]
    public async Task Passage_marked_with_a_generic_lang_attribute_keeps_it()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: "{lang=cy}\nDiolch yn fawr.\n\nThen *diolch*{lang=cy} again."));

        await site.BuildAsync();

        var html = site.Read("releases/a/index.html");
        Assert.Contains("<p lang=\"cy\">Diolch yn fawr.</p>", html);
        Assert.Contains("<em lang=\"cy\">diolch</em>", html);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("404.html")]
    [InlineData("releases/a/index.html")]
    public async Task Every_page_starts_with_a_skip_link_to_main_and_has_one_h1_and_the_landmarks(string path)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: "## Notes to editors\n\nText."));

        await site.BuildAsync();

        var page = new HtmlParser().ParseDocument(site.Read(path));
        var first = page.Body!.QuerySelector("a[href]")!;
        Assert.Equal(("skip-link", "#main"), (first.ClassName, first.GetAttribute("href")));
        Assert.Equal("main", page.GetElementById("main")!.LocalName);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Single(page.QuerySelectorAll("body > header"));
        Assert.Single(page.QuerySelectorAll("body > footer"));
        Assert.NotNull(page.QuerySelector("nav[aria-label]"));
    }
}
