using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Markup;

/// <summary>
/// Raw HTML, script URLs and event-handler attributes in Markdown are refused where the Markdown is parsed, so no
/// combination of skipped steps publishes them, and even the unpublished pages carry them only as text.
/// </summary>
public sealed class MarkupPolicyTests
{
    private const string Body = """
        Intro paragraph.

        <script>alert("block")</script>

        Inline <img src=x onerror="alert(1)"> tag and a [bad link](javascript:alert(2)) and <JavaScript:alert(3)>.

        A [spaced scheme](java&#x09;script:alert(4)) and ![pixel](data:image/png;base64,AAAA "p").

        A passage{onclick="alert(5)" lang=cy}

        <!-- An editor's note is allowed. -->

        [ref]: vbscript:msgbox(6)

        See [the ref][ref].
        """;

    public static TheoryData<string[]> SkipCombinations => new()
    {
        Array.Empty<string>(),
        new[] { "pdf" },
        new[] { "checks" },
        new[] { "pdf", "checks" },
    };

    [Theory]
    [MemberData(nameof(SkipCombinations))]
    public async Task Unsafe_markup_is_a_located_error_and_is_never_published_whatever_is_skipped(string[] skip)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: Body));
        var steps = Pipeline.Skipping(skip.Select(s => Enum.Parse<SkippableStep>(s, ignoreCase: true)));

        var result = await site.BuildAsync(steps: steps);

        Assert.False(result.Published);
        Assert.False(site.FileSystem.DirectoryExists("/site/output"));
        var found = result.Diagnostics.Where(d => d.Code is "PS0130" or "PS0131" or "PS0132")
            .Select(d => (d.Code, d.Location.Line)).Order().ToList();
        // Line numbers count the front matter (10 lines) and the blank line after it: the body starts at line 12.
        Assert.Equal(
            [("PS0130", 14), ("PS0130", 16), ("PS0131", 16), ("PS0131", 16), ("PS0131", 18), ("PS0131", 18), ("PS0131", 24), ("PS0131", 26), ("PS0132", 20)],
            found);

        Assert.All(result.Diagnostics.Where(d => d.Code.StartsWith("PS013", StringComparison.Ordinal)), d => Assert.True(d.Location.Column > 0));
        // What was made in memory (the preview server's view) carries none of it as markup: the page, and the body
        // HTML in every feed, read as a browser or a feed reader would.
        var outputs = result.Outputs.ToDictionary(o => o.Path, o => System.Text.Encoding.UTF8.GetString(o.Content.Span));
        AssertInert(outputs["releases/a/index.html"]);
        AssertInert(System.Xml.Linq.XDocument.Parse(outputs["feed.xml"]).Descendants(System.Xml.Linq.XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/")).Single().Value);
        AssertInert(System.Xml.Linq.XDocument.Parse(outputs["atom.xml"]).Descendants(System.Xml.Linq.XName.Get("content", "http://www.w3.org/2005/Atom")).Single().Value);
        AssertInert(System.Text.Json.JsonDocument.Parse(outputs["feed.json"]).RootElement.GetProperty("items")[0].GetProperty("content_html").GetString()!);
        Assert.Contains("&lt;script&gt;alert(", outputs["releases/a/index.html"], StringComparison.Ordinal);
    }

    // No element runs script: no inline <script> (the theme's JSON-LD is data, not script), no on* handler, no
    // script or data URL anywhere.
    private static void AssertInert(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.DoesNotContain(document.QuerySelectorAll("script"), s => !s.HasAttribute("src") && s.GetAttribute("type") != "application/ld+json");
        foreach (var attribute in document.All.SelectMany(e => e.Attributes))
        {
            Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name}=\"{attribute.Value}\"");
            var value = new string([.. attribute.Value.Where(c => c > ' ')]);
            Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase),
                $"{attribute.Name}=\"{attribute.Value}\"");
        }
    }

    [Fact]
    public async Task Html_comments_and_language_attributes_are_allowed()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: "Text.\n\n<!-- note -->\n\nA Welsh passage: *Croeso*{lang=cy}.\n"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = site.Read("releases/a/index.html");
        Assert.Contains("lang=\"cy\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("note", page.Split("<main", 2)[1].Split("</main>", 2)[0], StringComparison.Ordinal);
    }
}
