using System.Collections.Immutable;
using System.Text.Json;
using PartnershipSite.Checks;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Tests.Checks;

/// <summary>A file's kept links read back as they were written, every field, with each repeated string kept once.</summary>
public sealed class FoundLinksJsonTests
{
    [Fact]
    public void Links_read_back_equal_the_links_written_and_repeated_strings_are_kept_once()
    {
        var note = "in releases/a/index.html, made from theme/layouts/release.liquid inside theme/layouts/base.liquid";
        ImmutableArray<FoundLink> links =
        [
            new("https://example.gov.uk/b/", "the second release", "releases/a/index.html", new SourceLocation("input/releases/a.md", 3, 7), note)
            {
                Kind = LinkKind.Internal, Url = new Uri("https://example.gov.uk/b/"), SitePath = "releases/b/", Fragment = null,
            },
            new("../b/#costs", "costs", "releases/a/index.html", new SourceLocation("theme/layouts/base.liquid", 12, 1), note)
            {
                Kind = LinkKind.Internal, Url = new Uri("https://example.gov.uk/releases/b/#costs"), SitePath = "releases/b/", Fragment = "costs",
            },
            new("mailto:press@example.gov.uk", "", "releases/a/index.html", new SourceLocation("input/releases/a.md"))
            {
                Kind = LinkKind.Mail,
            },
            new("relative/only", "“quoted” label – dash", "feed.xml", new SourceLocation("output/feed.xml", 4, 6), "in feed.xml")
            {
                Url = new Uri("relative/only", UriKind.Relative),
            },
        ];
        var findings = new FileFindings(new CheckLog([], []), links, "releases/a/", "A", new SourceLocation("x", 1, 1), ["main"], ["https://example.gov.uk/a/"]);

        var json = JsonSerializer.SerializeToUtf8Bytes(findings, CheckJson.Default.Options);
        var read = JsonSerializer.Deserialize<FileFindings>(json, CheckJson.Default.Options)!;

        Assert.Equal(links, read.Links);
        Assert.Equal(links.Select(l => l.Url?.OriginalString), read.Links.Select(l => l.Url?.OriginalString));
        Assert.Equal(findings.Ids, read.Ids);
        Assert.Equal(findings.FeedEntries!.Value, read.FeedEntries!.Value);
        // The note, the output path and the URL shared by links are written once each.
        var text = System.Text.Encoding.UTF8.GetString(json);
        Assert.Equal(1, CountOf(text, note));
        Assert.Equal(1, CountOf(text, "\"releases/a/index.html\""));
    }

    [Fact]
    public void No_links_and_kept_links_that_are_not_what_was_written_are_told_apart()
    {
        var none = new FileFindings(new CheckLog([], []), [], null, null, null, [], null);
        var read = JsonSerializer.Deserialize<FileFindings>(JsonSerializer.SerializeToUtf8Bytes(none, CheckJson.Default.Options), CheckJson.Default.Options)!;

        Assert.Empty(read.Links);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FileFindings>(
            """{"Log":{"Tallies":[],"Diagnostics":[]},"Links":{"Rows":[[0]]},"Release":null,"Title":null,"TitleLocation":null,"Ids":[],"FeedEntries":null}""",
            CheckJson.Default.Options));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
