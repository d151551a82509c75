using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PartnershipSite.Tests.Listings;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

/// <summary>
/// The feed writers write what readers get: no step parses and repairs their output. Every feed of a site with term
/// feeds is checked as published: well-formed, and byte for byte what a writer makes from its own parsed tree (so the
/// entries spliced in are seamless), extension prefixes declared once, no empty element written open, RSS dates
/// without military zones; and the site's own checks read the feeds' links without a complaint.
/// </summary>
public sealed partial class FeedsNeedNoRepairTests
{
    private static readonly XmlWriterSettings Xml = new()
    {
        Encoding = new System.Text.UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    private static async Task<(TestSite Site, PartnershipSite.Engine.BuildResult Result)> BuildAsync()
    {
        var site = PaginationTests.SiteWith(5, extra: i => $"topics:\n  - {(i % 2 == 0 ? "Even" : "Odd")}\n  - Every \"number\" & more", config: "feed_limit: 2\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return (site, result);
    }

    private static IEnumerable<string> Feeds(PartnershipSite.Engine.BuildResult result, string name) =>
        result.Outputs.Select(o => o.Path).Where(p => p == name || p.EndsWith("/" + name, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public async Task Every_xml_feed_is_exactly_what_an_xml_writer_makes_of_its_own_tree(string name)
    {
        var (site, result) = await BuildAsync();
        var paths = Feeds(result, name).ToList();
        Assert.Equal(1 + 3 + 1, paths.Count);

        foreach (var path in paths)
        {
            var published = site.FileSystem.ReadAllBytes("output/" + path);
            var document = XDocument.Load(new MemoryStream(published), LoadOptions.PreserveWhitespace);
            using var stream = new MemoryStream();
            using (var writer = XmlWriter.Create(stream, Xml))
            {
                XDocument.Parse(System.Text.Encoding.UTF8.GetString(published)).WriteTo(writer);
            }
            stream.WriteByte((byte)'\n');
            Assert.Equal(System.Text.Encoding.UTF8.GetString(stream.ToArray()), System.Text.Encoding.UTF8.GetString(published));
            var root = document.Root!;
            Assert.All(root.Descendants(), e => Assert.False(e.Attributes().Any(a => a.IsNamespaceDeclaration), $"{path}: {e.Name} declares a namespace again"));
            Assert.DoesNotMatch(OpenEmptyElement(), System.Text.Encoding.UTF8.GetString(published));
            if (name == "feed.xml")
            {
                Assert.Equal(["atom", "content", "dc"], root.Attributes().Where(a => a.IsNamespaceDeclaration).Select(a => a.Name.LocalName));
                var dates = root.Descendants().Where(e => e.Name.LocalName is "pubDate" or "lastBuildDate").Select(e => e.Value).ToList();
                Assert.NotEmpty(dates);
                Assert.All(dates, d => Assert.Matches(@" (GMT|[+-]\d{4})$", d));
            }
        }
    }

    [Fact]
    public async Task Every_json_feed_is_exactly_what_a_json_writer_makes_of_its_own_tree()
    {
        var (site, result) = await BuildAsync();
        var paths = Feeds(result, "feed.json").ToList();
        Assert.Equal(1 + 3 + 1, paths.Count);
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        foreach (var path in paths)
        {
            var published = site.FileSystem.ReadAllBytes("output/" + path);
            using var document = JsonDocument.Parse(published);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, options))
            {
                document.WriteTo(writer);
            }
            stream.WriteByte((byte)'\n');
            Assert.Equal(System.Text.Encoding.UTF8.GetString(stream.ToArray()), System.Text.Encoding.UTF8.GetString(published));
            Assert.Equal(2, document.RootElement.GetProperty("items").GetArrayLength());
        }
    }

    [Fact]
    public async Task The_sites_link_checks_read_every_feed_and_find_nothing_wrong()
    {
        var (_, result) = await BuildAsync();

        Assert.Empty(result.Diagnostics);
        var links = Assert.Single(result.Checks, c => c.Check == nameof(PartnershipSite.Checks.InternalLinksResolve));
        Assert.True(links.Checked > 0 && links.Failed == 0, links.ToString());
    }

    // An element with nothing in it written as a start and an end tag: the formatter's <atom:link ...></atom:link>.
    [GeneratedRegex(@"<([\w:]+)(\s[^<>]*)?></\1>")]
    private static partial Regex OpenEmptyElement();
}
