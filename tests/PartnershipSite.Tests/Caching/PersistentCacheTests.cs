using System.Text;
using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Caching;

/// <summary>The build cache on disk (here an in-memory disk): what is reused, and that reuse never changes a byte.</summary>
public sealed class PersistentCacheTests
{
    private const string CacheFolder = "/site/.cache/partnershipsite";

    private static TestSite TwoReleases()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-a", "First", body: "Costs rose.\n\n![Bar chart of costs by year](chart.png)")
            + TestSite.Release("2021-06-11-b", "Second", "2021-06-11"));
        site.FileSystem.WriteAllBytes("input/releases/2021-06-10-a/chart.png", TestImages.Png(60, 40));
        return site;
    }

    private static Task<BuildResult> BuildAsync(TestSite site, bool cached = true) =>
        new SiteBuilder(site.FileSystem, TestSite.Clock()).BuildAsync(
            new BuildOptions("input", "output", null, "/site", CacheDirectory: cached ? BuildOptions.DefaultCacheDirectory("input") : null),
            TestContext.Current.CancellationToken);

    // Every published file, by path.
    private static Dictionary<string, byte[]> Published(TestSite site) =>
        site.FileSystem.ListFiles("/site/output", recursive: true).ToDictionary(p => p, p => site.FileSystem.ReadAllBytes(p), StringComparer.Ordinal);

    private static void AssertSame(Dictionary<string, byte[]> fresh, Dictionary<string, byte[]> cached)
    {
        Assert.Equal(fresh.Keys.Order(StringComparer.Ordinal), cached.Keys.Order(StringComparer.Ordinal));
        Assert.All(fresh, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(cached[pair.Key]), pair.Key));
    }

    private static string Text(TestSite site, string path) => Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes(path));

    [Fact]
    public async Task A_second_build_reuses_every_pdf_and_page_from_the_cache_beside_the_input()
    {
        var site = TwoReleases();
        var first = await BuildAsync(site);
        var second = await BuildAsync(site);

        Assert.True(second.Succeeded, string.Join('\n', second.Diagnostics));
        Assert.Equal(2, first.Computed["RenderPdf"]);
        Assert.Equal(2, second.Reused["RenderPdf"]);
        Assert.Equal(2, second.Reused["ApplyLayouts"]);
        Assert.False(second.Computed.ContainsKey("RenderPdf"));
        Assert.Contains(site.FileSystem.AllFiles, f => f.StartsWith(CacheFolder + "/blobs/", StringComparison.Ordinal));
        Assert.DoesNotContain(site.FileSystem.AllFiles, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.DoesNotContain(site.FileSystem.AllFiles, f => f.StartsWith("/site/output/", StringComparison.Ordinal) && f.Contains(".cache", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_cache_neither_reads_nor_writes_the_cache()
    {
        var site = TwoReleases();
        var result = await BuildAsync(site, cached: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(site.FileSystem.AllFiles, f => f.StartsWith("/site/.cache", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cached_rebuild_equals_a_fresh_build_byte_for_byte_after_each_kind_of_edit()
    {
        var site = TwoReleases();
        var fs = site.FileSystem;
        var fonts = "theme/fonts/AtkinsonHyperlegible_";
        (string Edit, Action Apply, string Recomputed)[] edits =
        [
            ("a release", () => fs.WriteAllText("input/releases/2021-06-11-b.md", Text(site, "input/releases/2021-06-11-b.md").Replace("Body text.", "New *body* text.", StringComparison.Ordinal)), "RenderPdf"),
            ("an image", () => fs.WriteAllBytes("input/releases/2021-06-10-a/chart.png", TestImages.Png(300, 90)), "RenderPdf"),
            ("a font", () => fs.WriteAllBytes(fonts + "400Regular.ttf", fs.ReadAllBytes(fonts + "400Regular_Italic.ttf")), "RenderPdf"),
            ("a layout", () => fs.WriteAllText("theme/layouts/release.liquid", Text(site, "theme/layouts/release.liquid").Replace("<article", "<article data-edited", StringComparison.Ordinal)), "ApplyLayouts"),
            ("the CSS", () => fs.WriteAllText("theme/assets/css/site.css", Text(site, "theme/assets/css/site.css") + "\n.edited { color: #0b0c0c; }\n"), "ApplyLayouts"),
            ("site.yml", () => fs.WriteAllText("input/site.yml", Text(site, "input/site.yml").Replace("020 0000 0000", "020 7946 0000", StringComparison.Ordinal)), "RenderPdf"),
        ];
        await BuildAsync(site);

        foreach (var (edit, apply, recomputed) in edits)
        {
            apply();
            var cached = await BuildAsync(site);
            var fromCache = Published(site);
            var fresh = await BuildAsync(site, cached: false);

            Assert.True(cached.Succeeded, edit + ": " + string.Join('\n', cached.Diagnostics));
            Assert.Equal(fresh.Diagnostics, cached.Diagnostics);
            Assert.True(cached.Computed.GetValueOrDefault(recomputed) > 0, $"{edit}: {recomputed} did not run again");
            AssertSame(Published(site), fromCache);
        }
    }

    // The findings of every kind of check as the summary and the diagnostics show them.
    private static string Findings(BuildResult result) =>
        string.Join('\n', result.Diagnostics.Select(d => d.ToString()).Concat(result.Checks.Select(c => $"{c.Check} {c.Checked} {c.Passed} {c.Failed} {c.Skipped} {string.Join(',', c.Codes)}")));

    [Fact]
    public async Task Checks_replayed_from_the_cache_report_what_checks_made_afresh_report()
    {
        // Page checks (a skipped heading level, vague link text), a link check (http), a prose check (a long
        // sentence) and the PDF and parity checks over both releases.
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-a", "First", body: "## Costs\n\n#### By year\n\nFor the figures [click here](https://example.gov.uk/figures).\n\n"
                + "See the [old archive of earlier figures](http://example.gov.uk/archive).\n\n"
                + "This sentence goes on and on and on about the costs of the programme and the years over which they rose, and it does not stop where a reader would like it to stop at all.")
            + TestSite.Release("2021-06-11-b", "Second", "2021-06-11"));
        var fresh = await BuildAsync(site, cached: false);
        var filled = await BuildAsync(site);
        var replayed = await BuildAsync(site);

        var codes = fresh.Diagnostics.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("PS0308", codes);
        Assert.Contains("PS0420", codes);
        Assert.True(fresh.Diagnostics.Count(d => d.Location.Path.EndsWith("2021-06-10-a.md", StringComparison.Ordinal) && d.Location.Line > 0) >= 4,
            string.Join('\n', fresh.Diagnostics));
        Assert.Equal(Findings(fresh), Findings(filled));
        Assert.Equal(Findings(fresh), Findings(replayed));
        // Every page and PDF of the site (its errors keep it from being published, so they are counted by the checks),
        // and every file links or feed entries are read from: the feeds, the sitemap and robots.txt.
        var read = filled.Outputs.Count(o => o.Path.EndsWith(".xml", StringComparison.Ordinal) || o.Path.EndsWith("feed.json", StringComparison.Ordinal) || o.Path == "robots.txt");
        Assert.True(read >= 4, read.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var checkedFiles = filled.Checks.Single(c => c.Check == "PagesHaveTitles").Checked + filled.Checks.Single(c => c.Check == "PdfsAreReadable").Checked + read;
        Assert.True(checkedFiles >= 10, checkedFiles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(checkedFiles, filled.Computed["CheckSite.Files"]);
        Assert.Equal(checkedFiles, replayed.Reused["CheckSite.Files"]);
        Assert.False(replayed.Computed.ContainsKey("CheckSite.Files"));
        // Each release's parity findings: made once, then replayed.
        Assert.Equal(2, filled.Computed["CheckSite.Parity"]);
        Assert.Equal(2, replayed.Reused["CheckSite.Parity"]);
        Assert.False(replayed.Computed.ContainsKey("CheckSite.Parity"));

        // The parity findings lost: each release's is made again from its page and PDF read again, and is the same.
        site.FileSystem.DeleteDirectory(CacheFolder + "/units/CheckSite.Parity");
        var reread = await BuildAsync(site);

        Assert.Equal(2, reread.Computed["CheckSite.Parity"]);
        Assert.False(reread.Computed.ContainsKey("CheckSite.Files"));
        Assert.Equal(Findings(fresh), Findings(reread));

        // An edit to one release: its page and PDF are checked again (and the pages that list it), the rest replayed.
        site.FileSystem.WriteAllText("input/releases/2021-06-11-b.md", Text(site, "input/releases/2021-06-11-b.md").Replace("Body text.", "Body text, see [the figures](http://example.gov.uk/b).", StringComparison.Ordinal));
        var edited = await BuildAsync(site);
        var editedFresh = await BuildAsync(site, cached: false);

        Assert.Equal(Findings(editedFresh), Findings(edited));
        Assert.Contains(edited.Diagnostics, d => d.Code == "PS0308" && d.Location.Path.EndsWith("2021-06-11-b.md", StringComparison.Ordinal));
        Assert.InRange(edited.Computed["CheckSite.Files"], 2, checkedFiles - 1);
        Assert.True(edited.Reused["CheckSite.Files"] > 0);
        // Only the edited release's parity is checked again.
        Assert.Equal(1, edited.Computed["CheckSite.Parity"]);
        Assert.Equal(1, edited.Reused["CheckSite.Parity"]);

        // The checks' settings are in every key: each code reported turned off (or down to a warning), and nothing
        // kept under the old settings is replayed.
        var severities = string.Concat(editedFresh.Diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal)
            .Select((code, i) => $"    {code}: {(i % 2 == 0 ? "off" : "warning")}\n"));
        site.FileSystem.WriteAllText("input/site.yml", Text(site, "input/site.yml") + "checks:\n  severity:\n" + severities);
        var quieter = await BuildAsync(site);
        var quieterFresh = await BuildAsync(site, cached: false);

        Assert.NotEqual(Findings(editedFresh), Findings(quieterFresh));
        Assert.Equal(Findings(quieterFresh), Findings(quieter));
        Assert.False(quieter.Reused.ContainsKey("CheckSite.Files"));
    }

    [Fact]
    public async Task A_corrupt_or_truncated_cache_file_is_detected_rebuilt_and_never_published()
    {
        var site = TwoReleases();
        await BuildAsync(site);
        var expected = Published(site);
        var fs = site.FileSystem;
        foreach (var blob in fs.ListFiles(CacheFolder + "/blobs", recursive: true))
        {
            var bytes = fs.ReadAllBytes(blob).ToArray();
            bytes[bytes.Length / 2] ^= 0x55;
            fs.WriteAllBytes(blob, bytes);
        }
        var entries = fs.ListFiles(CacheFolder + "/units", recursive: true);
        fs.WriteAllBytes(entries[0], fs.ReadAllBytes(entries[0]).AsSpan(0, 100));

        var result = await BuildAsync(site);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(result.Reused.ContainsKey("RenderPdf"));
        Assert.Equal(2, result.Computed["RenderPdf"]);
        AssertSame(expected, Published(site));
        var again = await BuildAsync(site);
        Assert.Equal(2, again.Reused["RenderPdf"]);
    }

    [Fact]
    public async Task Kept_check_findings_that_do_not_match_their_hash_are_found_again_not_replayed()
    {
        var site = TwoReleases();
        var fresh = await BuildAsync(site, cached: false);
        await BuildAsync(site);
        var fs = site.FileSystem;
        // Each kept finding made wrong in a way only its own hash shows (a tally changed, still valid JSON): a small one
        // is in its entry, whose own hash line is made to match; a larger one is in its blob.
        var changed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in fs.ListFiles(CacheFolder + "/units", recursive: true).Where(p => p.Contains("/CheckSite.", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(fs.ReadAllBytes(entry));
            var json = System.Text.Json.Nodes.JsonNode.Parse(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..])!;
            if (json["Inline"]?.GetValue<string>() is { } inline && WrongTally(Convert.FromBase64String(inline)) is { } wrong)
            {
                json["Inline"] = Convert.ToBase64String(wrong);
                var written = Encoding.UTF8.GetBytes(json.ToJsonString());
                fs.WriteAllBytes(entry, [.. Encoding.ASCII.GetBytes(PartnershipSite.IO.ContentHash.Of(written) + "\n"), .. written]);
                var table = Path.GetFileName(Path.GetDirectoryName(entry))!;
                changed[table] = changed.GetValueOrDefault(table) + 1;
            }
        }
        foreach (var blob in fs.ListFiles(CacheFolder + "/blobs", recursive: true))
        {
            if (WrongTally(fs.ReadAllBytes(blob).ToArray()) is { } wrong)
            {
                fs.WriteAllBytes(blob, wrong);
                // A kept finding's blob starts with its key and its table/unit.
                var table = Encoding.UTF8.GetString(wrong).Split('\n')[1].Split('/')[0];
                changed[table] = changed.GetValueOrDefault(table) + 1;
            }
        }

        var result = await BuildAsync(site);

        // Both kinds of finding were changed, and every changed one was found again.
        Assert.True(changed.GetValueOrDefault("CheckSite.Files") > 0 && changed.GetValueOrDefault("CheckSite.Parity") > 0, string.Join(", ", changed));
        Assert.Equal(changed["CheckSite.Files"], result.Computed["CheckSite.Files"]);
        Assert.Equal(changed["CheckSite.Parity"], result.Computed["CheckSite.Parity"]);
        Assert.Equal(Findings(fresh), Findings(result));
        var again = await BuildAsync(site);
        Assert.True(again.Reused["CheckSite.Files"] > 0);
        Assert.Equal(Findings(fresh), Findings(again));
    }

    // The bytes with the first check tally's passed count changed by one digit, or null when they hold none.
    private static byte[]? WrongTally(byte[] bytes)
    {
        var at = bytes.AsSpan().IndexOf("\"Passed\":"u8);
        if (at < 0)
        {
            return null;
        }
        var digit = at + "\"Passed\":".Length;
        bytes[digit] = (byte)(bytes[digit] == (byte)'9' ? '8' : bytes[digit] + 1);
        return bytes;
    }

    [Fact]
    public async Task A_cache_folder_inside_the_output_is_not_used_and_says_so()
    {
        var site = TwoReleases();
        var result = await new SiteBuilder(site.FileSystem, TestSite.Clock()).BuildAsync(
            new BuildOptions("input", "output", null, "/site", CacheDirectory: "output/.cache"), TestContext.Current.CancellationToken);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "PS0903");
        Assert.Equal("output/.cache", warning.Location.Path);
        Assert.DoesNotContain(site.FileSystem.AllFiles, f => f.Contains(".cache", StringComparison.Ordinal));
    }
}
