using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Golden;

/// <summary>The real site, built from the repository's input/ and theme/.</summary>
public sealed partial class RealSiteTests
{
    private const string ReleasePage = "releases/uk-and-us-agree-to-strengthen-ties-in-science-and-technology/index.html";

    private static async Task<(BuildResult Result, InMemoryFileSystem Files)> BuildRealSiteAsync()
    {
        var site = TestSite.FromRepository();
        return (await site.BuildAsync(), site.FileSystem);
    }

    [Fact]
    public async Task Real_site_builds_without_errors_and_warns_only_about_plain_english()
    {
        var (result, _) = await BuildRealSiteAsync();

        Assert.True(result.Succeeded);
        // The release is kept word for word, long sentences included: the plain-English checks (PS042x) say so.
        Assert.All(result.Diagnostics, d => Assert.StartsWith("PS042", d.Code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Real_site_pages_feeds_and_sitemap_match_the_golden_files()
    {
        var (result, _) = await BuildRealSiteAsync();

        string[] text = [".html", ".xml", ".json", ".txt"];
        var files = result.Outputs
            .Where(o => text.Any(e => o.Path.EndsWith(e, StringComparison.Ordinal)))
            .ToDictionary(o => o.Path, o => Encoding.UTF8.GetString(o.Content.Span));
        GoldenFiles.Verify("real-site", files);
    }

    [Fact]
    public async Task Release_page_contains_every_paragraph_of_the_seed_in_order()
    {
        var (_, fs) = await BuildRealSiteAsync();
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(fs.ReadAllBytes("/site/output/" + ReleasePage)));
        var pageWords = Words(document.QuerySelector("main")!.TextContent);
        var paragraphs = File.ReadAllText(RealFiles.PathOf("tests/PartnershipSite.Tests/Fixtures/seed-release.txt"))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(p => p.Split('\n'))  // the summary points are one line each
            .Select(p => Words(MarkdownLink().Replace(p, "$1")))
            .Where(w => w.Count > 0)
            .ToList();

        // The seed's paragraph that repeats the standfirst is said once, as the standfirst under the headline.
        var lead = Words(document.QuerySelector(".lead")!.TextContent);
        Assert.Single(paragraphs, p => p.SequenceEqual(lead));
        var position = 0;
        foreach (var paragraph in paragraphs.Where(p => !p.SequenceEqual(lead)))
        {
            var found = IndexOf(pageWords, paragraph, position);
            Assert.True(found >= 0, $"Not found in order after word {position}: {string.Join(' ', paragraph)}");
            position = found + paragraph.Count;
        }
        Assert.Equal(38, paragraphs.Count);  // the title, the three summary points and the seed's 34 other paragraphs
    }

    [Fact]
    public async Task Home_page_links_to_the_release()
    {
        var (_, fs) = await BuildRealSiteAsync();
        var home = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(fs.ReadAllBytes("/site/output/index.html")));

        var link = Assert.Single(home.QuerySelectorAll(".release-list a"));
        Assert.Equal("/" + ReleasePage.Replace("index.html", "", StringComparison.Ordinal), link.GetAttribute("href"));
        Assert.Equal("UK and US agree to strengthen ties in science and technology", link.TextContent);
    }

    [Fact]
    public async Task Seed_links_have_their_official_destinations()
    {
        var (_, fs) = await BuildRealSiteAsync();
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(fs.ReadAllBytes("/site/output/" + ReleasePage)));

        var links = page.QuerySelectorAll(".body a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.StartsWith("https://www.gov.uk/government/publications/", links["Atlantic Charter"]);
        Assert.Equal(links["Atlantic Charter"], links["Read the Atlantic Charter"]);
        Assert.Equal("https://uknqt.ukri.org/", links["National Quantum Technologies Programme"]);
        Assert.Equal("https://www.nsf.gov/news/special_reports/announcements/072120.jsp", links["NSF Quantum Leap Challenge Institutes"]);
    }

    private static List<string> Words(string text) => [.. WordPattern().Matches(text).Select(m => m.Value)];

    private static int IndexOf(List<string> haystack, List<string> needle, int start)
    {
        for (var i = start; i <= haystack.Count - needle.Count; i++)
        {
            if (haystack.Skip(i).Take(needle.Count).SequenceEqual(needle))
            {
                return i;
            }
        }
        return -1;
    }

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"[\p{L}\p{N}£$]+")]
    private static partial Regex WordPattern();
}
