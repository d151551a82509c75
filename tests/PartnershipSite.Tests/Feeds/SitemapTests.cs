using System.Xml.Linq;
using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

public sealed class SitemapTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Sitemap_lists_every_published_page_and_pdf_with_its_lastmod()
    {
        // One to a page, so the listings have a page 2; b alone has the topic.
        var site = TestSite.Parse(TestSite.SiteYml.TrimEnd('\n') + "\npage_size: 1\n\n"
            + TestSite.Release("a", date: "2021-06-10", extra: """
                updated:
                  - date: 2021-08-01
                    note: Added a link.
                """)
            + TestSite.Release("b", date: "2021-07-01", extra: "topics: [X]"));
        Assert.True((await site.BuildAsync(steps: AttachTestPdfs.Pipeline)).Succeeded);
        var feeds = new FeedSite(site);

        var pdfs = feeds.Rss().Items.ToDictionary(i => i.Id, i => Assert.Single(i.Links, l => l.RelationshipType == "enclosure").Uri.AbsoluteUri);
        var urls = feeds.Xml("sitemap.xml").Root!.Elements(Sitemap + "url")
            .Select(u => (Loc: u.Element(Sitemap + "loc")!.Value, LastMod: u.Element(Sitemap + "lastmod")!.Value))
            .ToList();

        Assert.Equal(
        [
            ("https://example.gov.uk/", "2021-08-01T00:00:00+00:00"),
            ("https://example.gov.uk/organisations/", "2021-08-01T00:00:00+00:00"),
            // A listing page is dated by the newest change among the releases it lists.
            ("https://example.gov.uk/organisations/department-for-testing/", "2021-07-01T00:00:00+00:00"),
            ("https://example.gov.uk/organisations/department-for-testing/page/2/", "2021-08-01T00:00:00+00:00"),
            ("https://example.gov.uk/page/2/", "2021-08-01T00:00:00+00:00"),
            ("https://example.gov.uk/releases/a/", "2021-08-01T00:00:00+00:00"),
            (pdfs["https://example.gov.uk/releases/a/"], "2021-08-01T00:00:00+00:00"),
            ("https://example.gov.uk/releases/b/", "2021-07-01T00:00:00+00:00"),
            (pdfs["https://example.gov.uk/releases/b/"], "2021-07-01T00:00:00+00:00"),
            ("https://example.gov.uk/subscribe/", "2021-08-01T00:00:00+00:00"),
            ("https://example.gov.uk/topics/", "2021-08-01T00:00:00+00:00"),
            ("https://example.gov.uk/topics/x/", "2021-07-01T00:00:00+00:00"),
        ], urls);
        var listed = urls.Select(u => feeds.FileAt(new Uri(u.Loc))).ToList();
        Assert.All(listed, Assert.NotNull);
        // Every published page and PDF is listed, except the 404 page, which is not a page to index.
        var published = site.FileSystem.ListFiles("/site/output", recursive: true)
            .Select(p => p["/site/output/".Length..])
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".pdf", StringComparison.Ordinal))
            .Where(p => p != "404.html")
            .Order(StringComparer.Ordinal);
        Assert.Equal(published, listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Empty_site_has_a_sitemap_of_its_own_pages_undated_and_feeds_with_no_items()
    {
        var site = TestSite.Parse(TestSite.SiteYml);
        Assert.True((await site.BuildAsync()).Succeeded);
        var feeds = new FeedSite(site);

        var urls = feeds.Xml("sitemap.xml").Root!.Elements(Sitemap + "url").ToList();
        Assert.Equal(["https://example.gov.uk/", "https://example.gov.uk/organisations/", "https://example.gov.uk/subscribe/", "https://example.gov.uk/topics/"],
            urls.Select(u => u.Element(Sitemap + "loc")!.Value));
        Assert.All(urls, u => Assert.Null(u.Element(Sitemap + "lastmod")));
        Assert.Empty(feeds.Rss().Items);
        Assert.Null(feeds.Xml("feed.xml").Root!.Element("channel")!.Element("lastBuildDate"));
        Assert.Empty(feeds.Atom().Items);
        Assert.Equal(0, feeds.Json().GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a"));
        Assert.True((await site.BuildAsync()).Succeeded);

        var lines = site.Read("robots.txt").Split('\n');

        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Sitemap: https://example.gov.uk/sitemap.xml", lines);
        Assert.True(site.Has("sitemap.xml"));
    }

    [Fact]
    public async Task Another_base_url_changes_every_absolute_url_in_feeds_sitemap_robots_and_metadata()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: "See [the list](/) and [b](../b/)."));
        Assert.True((await site.BuildAsync(baseUrl: "https://example.org/news/", steps: AttachTestPdfs.Pipeline)).Succeeded);
        var feeds = new FeedSite(site, "https://example.org/news/");

        foreach (var path in new[] { "feed.xml", "atom.xml", "feed.json", "sitemap.xml", "robots.txt", "index.html", "releases/a/index.html", "404.html" })
        {
            Assert.DoesNotContain("https://example.gov.uk", site.Read(path));
        }
        Assert.All(feeds.Xml("sitemap.xml").Descendants(Sitemap + "loc"), loc => Assert.NotNull(feeds.FileAt(new Uri(loc.Value))));
        var item = Assert.Single(feeds.Rss().Items);
        Assert.Equal("https://example.org/news/releases/a/", item.Id);
        Assert.NotNull(feeds.FileAt(Assert.Single(item.Links, l => l.RelationshipType == "enclosure").Uri));
        Assert.Equal("https://example.org/news/atom.xml", Assert.Single(feeds.Atom().Links, l => l.RelationshipType == "self").Uri.AbsoluteUri);
        Assert.Equal("https://example.org/news/feed.json", feeds.Json().GetProperty("feed_url").GetString());
        Assert.Contains("Sitemap: https://example.org/news/sitemap.xml", site.Read("robots.txt"));
        // Root-relative links resolve against the host, as a browser on the page would resolve them.
        Assert.Contains("href=\"https://example.org/\"", Assert.Single(feeds.Atom().Items).Content is System.ServiceModel.Syndication.TextSyndicationContent c ? c.Text : "");
    }

    [Fact]
    public async Task Sitemap_takes_each_entry_and_its_lastmod_from_the_outputs_provenance_not_its_path()
    {
        // A step of a site's own: a page whose path looks like a release's but is not one, dated by its provenance; an
        // HTML file that is an asset; a PDF among a release's own files. Only provenance says which are pages.
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a"));
        var steps = AttachTestPdfs.Pipeline.Insert(AttachTestPdfs.Pipeline.IndexOf(AttachTestPdfs.Pipeline.OfType<PartnershipSite.Steps.BuildSitemap>().Single()),
            new AddOutputs(
                new OutputFile("releases/guide/index.html", "<!DOCTYPE html>"u8.ToArray(), "test",
                    new Provenance(OutputKind.Page) { LastUpdated = new DateTimeOffset(2022, 3, 4, 12, 0, 0, TimeSpan.FromHours(1)) }),
                new OutputFile("assets/embed.html", "<!DOCTYPE html>"u8.ToArray(), "test", new Provenance(OutputKind.Asset)),
                new OutputFile("releases/a/annex.pdf", "%PDF-1.7"u8.ToArray(), "test", new Provenance(OutputKind.ReleaseFile) { Release = "releases/a/" })));
        var result = await site.BuildAsync(steps: steps);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var urls = new FeedSite(site).Xml("sitemap.xml").Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);

        Assert.Equal("2022-03-04T12:00:00+01:00", urls["https://example.gov.uk/releases/guide/"]);
        Assert.Equal("2021-06-10T00:00:00+00:00", urls["https://example.gov.uk/releases/a/"]);
        Assert.DoesNotContain("https://example.gov.uk/assets/embed.html", urls.Keys);
        Assert.DoesNotContain("https://example.gov.uk/releases/a/annex.pdf", urls.Keys);
        Assert.DoesNotContain("https://example.gov.uk/404.html", urls.Keys);
    }

    private sealed class AddOutputs(params OutputFile[] files) : IStep
    {
        public IReadOnlySet<Facet> Needs => Facets.None;

        public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Outputs);

        public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(state.AddOutputs(files));
    }
}
