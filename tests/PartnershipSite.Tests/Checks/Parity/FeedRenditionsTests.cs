using System.Collections.Immutable;
using PartnershipSite.Checks;
using PartnershipSite.Checks.Parity;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Tests.Checks.Parity;

/// <summary>
/// How the parity check finds each release's feed entries: the first feed (the site's before a term's) with an entry
/// for the release gives it, and with the feeds' entry ids known (kept between builds), a feed that gives no entry is
/// not read at all.
/// </summary>
public sealed class FeedRenditionsTests
{
    private static readonly IReadOnlySet<string> Urls = new HashSet<string>(StringComparer.Ordinal)
    {
        "https://example.gov.uk/a/", "https://example.gov.uk/b/", "https://example.gov.uk/c/",
    };

    private static OutputFile Feed(string path, params string[] items) => OutputFile.FromText(path,
        "<rss version=\"2.0\"><channel>" + string.Concat(items.Select(i => $"<item><title>{i} in {path}</title><guid>https://example.gov.uk/{i}/</guid></item>"))
        + "</channel></rss>", path, Provenance.OfPublished(path));

    private static readonly OutputFile Site = Feed("feed.xml", "a", "b");
    private static readonly OutputFile Topic = Feed("topics/x/feed.xml", "b", "c");

    private static (Dictionary<string, List<FeedEntry>> Entries, List<SourceLocation> Unreadable) Read(IEnumerable<OutputFile> files,
        Func<OutputFile, ImmutableArray<string>?>? idsOf)
    {
        var unreadable = new List<SourceLocation>();
        var entries = FeedRenditions.Read(files, Urls, p => "output/" + p, (at, _) => unreadable.Add(at), idsOf, parallelism: 2);
        return (entries, unreadable);
    }

    private static List<string> Titles(Dictionary<string, List<FeedEntry>> entries) =>
        [.. entries.OrderBy(e => e.Key, StringComparer.Ordinal).SelectMany(e => e.Value.Select(r => $"{e.Key} {r.Read((_, why) => Assert.Fail(why))!.Title} ({r.Where})"))];

    [Fact]
    public void Each_release_entry_comes_from_the_first_feed_that_has_it_whether_or_not_the_ids_are_known()
    {
        // The topic feed is listed first; the site's feed still comes first.
        var read = Read([Topic, Site], idsOf: null);
        var known = Read([Topic, Site], FeedRenditions.EntryIds);

        Assert.Equal(
            [
                "https://example.gov.uk/a/ a in feed.xml (output/feed.xml)",
                "https://example.gov.uk/b/ b in feed.xml (output/feed.xml)",
                "https://example.gov.uk/c/ c in topics/x/feed.xml (output/topics/x/feed.xml)",
            ],
            Titles(read.Entries));
        Assert.Equal(Titles(read.Entries), Titles(known.Entries));
        Assert.Empty(read.Unreadable);
        Assert.Empty(known.Unreadable);
        Assert.Equal(["https://example.gov.uk/b/", "https://example.gov.uk/c/"], FeedRenditions.EntryIds(Topic)!.Value);
    }

    [Fact]
    public void A_feed_whose_known_entries_are_all_given_by_an_earlier_feed_is_not_read()
    {
        // Damaged after its ids were read: were it read, it would be reported unreadable.
        var damaged = OutputFile.FromText("topics/x/feed.xml", "<rss><channel><item>", "topics/x/feed.xml", Provenance.OfPublished("topics/x/feed.xml"));

        var skipped = Read([Site, damaged], f => f == damaged ? ["https://example.gov.uk/b/"] : FeedRenditions.EntryIds(f));
        var unknown = Read([Site, damaged], FeedRenditions.EntryIds);

        Assert.Empty(skipped.Unreadable);
        Assert.Equal(2, skipped.Entries.Count);
        // Its ids unknown (it cannot be read), it is read, and reported.
        Assert.Null(FeedRenditions.EntryIds(damaged));
        Assert.Equal("output/topics/x/feed.xml", Assert.Single(unknown.Unreadable).Path);
        Assert.Equal(2, unknown.Entries.Count);
    }

    [Theory]
    [InlineData("feed.xml", "<rss><channel><item><link>https://x/a/</link><guid> https://x/b/ </guid></item><item><link>\n https://x/c/</link></item><item/>"
        + "<item><title>t</title><guid><![CDATA[https://x/d/]]></guid><guid>https://x/ignored/</guid></item></channel></rss>",
        "https://x/b/|https://x/c/||https://x/d/")]
    [InlineData("atom.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>https://x/</id><entry><title>t</title><id>https://x/a/</id><link href=\"https://x/z/\"/></entry>"
        + "<entry><content type=\"html\">&lt;p&gt;x&lt;/p&gt;</content></entry><entry><id>https://x/<b xmlns=\"\">b</b>/</id></entry></feed>",
        "https://x/a/||https://x/b/")]
    [InlineData("feed.json", "{\"items\":[{\"id\":\" https://x/a/\"},{\"url\":\"https://x/b/\"},{\"id\":1}]}", "https://x/a/|https://x/b/|")]
    public void A_feeds_entry_ids_are_read_without_a_tree_as_the_tree_reads_them(string path, string feed, string expected)
    {
        var file = OutputFile.FromText(path, feed, path, Provenance.OfPublished(path));
        var urls = expected.Split('|').Where(u => u.Length > 0).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(expected.Split('|'), FeedRenditions.EntryIds(file)!.Value);
        // Collected while the feed's links are read, in the same pass, they are the same.
        if (FeedRenditions.FormatOf(path) is { } format && EntryIdCollector.For(format) is { } collector)
        {
            var input = new CheckInput([file], new Uri("https://x/"), p => p, System.Collections.Frozen.FrozenDictionary<string, PartnershipSite.Content.Release>.Empty);
            var (links, ids) = XmlLinks.Read(file, input, collector);
            Assert.Equal(expected.Split('|'), ids!.Value);
            Assert.Equal(new XmlLinks().Extract(file, input).Select(l => l.Target), links.Select(l => l.Target));
        }
        // The entries the tree gives are the same ones.
        var read = FeedRenditions.Read([file], urls, p => p, (_, why) => Assert.Fail(why));
        Assert.Equal(urls.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
    }
}
