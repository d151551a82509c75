using System.Text;
using Microsoft.Extensions.Time.Testing;
using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.Tests.Feeds;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Lifecycle;

/// <summary>
/// An embargoed release is in no output until its moment: checked byte by byte over every file (and the text of every
/// PDF), before and after, with the clock fixed either side of <c>publish_at</c>.
/// </summary>
public sealed class EmbargoTests
{
    private const string Title = "Minister announces quantum computing centre";
    private const string Slug = "quantum-centre";
    private static readonly DateTimeOffset Lift = new(2021, 6, 10, 0, 1, 0, TimeSpan.FromHours(1));

    private static TestSite Site(string extraLayout = "") => TestSite.Parse(TestSite.SiteYml
        + TestSite.Release("2021-06-09-live", "Live release about science")
        + TestSite.Release($"2021-06-10-{Slug}", Title, extra: "publish_at: 2021-06-10T00:01:00+01:00\ntopics:\n  - Quantum")
        + TestSite.Release("2021-06-11-later", "A later release", "2021-06-11", extra: "publish_at: 2021-06-11T09:30:00Z")
        + extraLayout);

    private static Task<BuildResult> BuildAt(TestSite site, DateTimeOffset now) =>
        site.BuildAsync(clock: new FakeTimeProvider(now));

    // Every output as a reader's tools see it: raw bytes, and the text of each PDF page.
    private static Dictionary<string, string> Everything(TestSite site)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in site.FileSystem.ListFiles("/site/output", recursive: true))
        {
            var bytes = site.FileSystem.ReadAllBytes(path);
            var text = path + "\n" + Encoding.UTF8.GetString(bytes);
            if (path.EndsWith(".pdf", StringComparison.Ordinal))
            {
                using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
                text += string.Join('\n', pdf.GetPages().Select(p => p.Text));
            }
            files[path] = text;
        }
        return files;
    }

    [Fact]
    public async Task Before_its_moment_no_output_file_names_the_embargoed_release()
    {
        var site = Site();

        var result = await BuildAt(site, Lift.AddMinutes(-1));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var leaks = Everything(site).Where(f => f.Value.Contains(Title, StringComparison.Ordinal) || f.Value.Contains(Slug, StringComparison.Ordinal)
            || f.Value.Contains("Quantum", StringComparison.Ordinal)).Select(f => f.Key).ToList();
        Assert.Empty(leaks);
        Assert.True(site.Has("releases/live/index.html"));
        // The report names files and moments, never titles.
        Assert.Equal([($"input/releases/2021-06-10-{Slug}.md", Lift), ("input/releases/2021-06-11-later.md", new DateTimeOffset(2021, 6, 11, 9, 30, 0, TimeSpan.Zero))],
            result.Embargoed.Select(e => (e.File, e.PublishAt)));
    }

    [Fact]
    public async Task At_its_moment_every_output_that_lists_releases_has_it_dated_by_its_date()
    {
        var site = Site();

        var result = await BuildAt(site, Lift);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var files = Everything(site);
        foreach (var name in new[] { "index.html", "feed.xml", "atom.xml", "feed.json", $"releases/{Slug}/index.html", $"releases/{Slug}/{Slug}.pdf" })
        {
            Assert.Contains(Title, files["/site/output/" + name], StringComparison.Ordinal);
        }
        Assert.Contains($"/releases/{Slug}/", files["/site/output/sitemap.xml"], StringComparison.Ordinal);
        Assert.DoesNotContain(files.Values, f => f.Contains("A later release", StringComparison.Ordinal));
        Assert.Contains("datetime=\"2021-06-10T00:00:00", files[$"/site/output/releases/{Slug}/index.html"], StringComparison.Ordinal);
        var only = Assert.Single(result.Embargoed);
        Assert.Equal("input/releases/2021-06-11-later.md", only.File);
    }

    [Fact]
    public async Task Without_a_date_the_release_is_dated_by_its_embargo()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", "Dated by its embargo", extra: "publish_at: 2021-06-10T00:01:00+01:00")
            .Replace("date: 2021-06-10\n", "", StringComparison.Ordinal));

        var result = await BuildAt(site, Lift);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("datetime=\"2021-06-10T00:01:00&#x2B;01:00\"", site.Read("releases/a/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-06-10")]
    [InlineData("2021-06-10T00:01:00")]
    [InlineData("tomorrow")]
    public async Task An_embargo_without_a_time_and_offset_is_a_located_error(string value)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", extra: $"publish_at: {value}"));

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0140");
        Assert.Equal(("input/releases/2021-06-10-a.md", 9, 13), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.False(result.Published);
    }

    [Fact]
    public async Task The_audit_stops_a_layout_that_leaks_an_embargoed_headline()
    {
        var home = File.ReadAllText(RealFiles.PathOf("theme/layouts/listing.liquid"));
        var site = Site($"-- theme/layouts/listing.liquid --\n<p>Coming at midnight: {Title}</p>\n{home}");

        var result = await BuildAt(site, Lift.AddMinutes(-1));

        // Every page made from the leaking listing layout is reported: the home page and the organisation's page.
        var leaks = result.Diagnostics.Where(d => d.Code == "PS0144").ToList();
        Assert.Contains(leaks, l => l.Location.Path == "output/index.html");
        Assert.All(leaks, leak =>
        {
            Assert.Contains($"input/releases/2021-06-10-{Slug}.md", leak.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Title, leak.Message, StringComparison.Ordinal);
        });
        Assert.False(result.Published);
        Assert.False(site.FileSystem.DirectoryExists("/site/output"));
    }

    [Fact]
    public async Task The_audit_finds_an_embargoed_url_in_another_release_and_its_pdf()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-09-live", "Live release", body: $"Read [tomorrow's news](/releases/{Slug}/).")
            + TestSite.Release($"2021-06-10-{Slug}", Title, extra: "publish_at: 2021-06-10T00:01:00+01:00"));

        var result = await BuildAt(site, Lift.AddMinutes(-1));

        var leaks = result.Diagnostics.Where(d => d.Code == "PS0144").Select(d => d.Location.Path).ToList();
        Assert.Contains("output/releases/live/index.html", leaks);
        Assert.Contains("output/releases/live/live.pdf", leaks);
        Assert.Contains("output/feed.xml", leaks);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task A_preview_that_shows_embargoed_releases_bans_them_and_is_never_published()
    {
        var site = Site();

        var result = await new SiteBuilder(site.FileSystem, new FakeTimeProvider(Lift.AddDays(-1))).BuildAsync(
            new BuildOptions("input", "output", DisplayRoot: "/site", ShowEmbargoed: true), TestContext.Current.CancellationToken);

        var page = System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(result.Outputs.Single(o => o.Path == $"releases/{Slug}/index.html").Content.Span));
        Assert.Contains("Embargoed until 00:01 on 10 June 2021 (UTC+01:00) — not public", page, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "PS0004");
        Assert.False(result.Published);
        Assert.False(site.FileSystem.DirectoryExists("/site/output"));
    }

    [Fact]
    public async Task The_preview_server_pipeline_writes_embargoed_releases_to_its_own_folder_with_the_banner()
    {
        var site = Site();
        var steps = Pipeline.WithoutPublishing.Add(new PartnershipSite.Steps.WriteChangedFiles());

        var result = await new SiteBuilder(site.FileSystem, new FakeTimeProvider(Lift.AddDays(-1)), steps).BuildAsync(
            new BuildOptions("input", "output.preview", DisplayRoot: "/site", ShowEmbargoed: true), TestContext.Current.CancellationToken);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        var page = System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes($"/site/output.preview/releases/{Slug}/index.html")));
        Assert.Contains("Embargoed until 00:01 on 10 June 2021 (UTC+01:00) — not public", page, StringComparison.Ordinal);
        Assert.False(site.FileSystem.DirectoryExists("/site/output"));
    }

    [Fact]
    public async Task Now_overrides_the_clock()
    {
        var site = Site();

        var result = await new SiteBuilder(site.FileSystem, TestSite.Clock()).BuildAsync(
            new BuildOptions("input", "output", DisplayRoot: "/site", Now: Lift.AddSeconds(-1)), TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Embargoed.Length);
        Assert.DoesNotContain(Title, site.Read("feed.xml"), StringComparison.Ordinal);
    }
}
