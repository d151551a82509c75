using System.Globalization;
using CsCheck;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Engine;

/// <summary>
/// For random valid sites: a build publishes, a second build of the same input publishes the same bytes (in place
/// and from scratch), and a failed build after it leaves the published output untouched.
/// </summary>
public sealed class ReproducibleBuildPropertyTests
{
    private static readonly string[] Words =
        ["science", "technology", "partnership", "research", "funding", "agree", "today", "new", "ties", "climate", "health", "trade", "data", "quantum", "Wales", "London"];

    private static readonly string[] Types = ["Press release", "News story", "Speech", "Statement", "Written statement", "Notice"];

    private static readonly Gen<string> Sentence =
        Gen.OneOf(Words).Array[3, 12].Select(w => char.ToUpperInvariant(w[0][0]) + string.Join(' ', w)[1..] + ".");

    private static readonly Gen<string> Block = Gen.OneOf(
        Sentence.Array[1, 4].Select(s => string.Join(' ', s)),
        Sentence.Array[2, 4].Select(s => string.Join('\n', s.Select(x => "- " + x))),
        Sentence.Array[2, 3].Select(s => string.Join('\n', s.Select((x, i) => $"{i + 1}. {x}"))),
        Sentence.Select(s => "## " + s.TrimEnd('.')),
        Sentence.Select(s => "> " + s));

    private static readonly Gen<string> Release =
        Gen.Select(Sentence, Sentence, Gen.Int[0, 10_500].Select(d => new DateTime(2001, 1, 1).AddDays(d)), Gen.OneOf(Types), Block.Array[1, 6],
            (title, summary, date, type, blocks) => $"""
                ---
                title: {title.TrimEnd('.')}
                summary: {summary}
                date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
                type: {type}
                from:
                  organisations:
                    - Department for Testing
                ---

                {string.Join("\n\n", blocks)}

                """);

    private static readonly Gen<string[]> Releases = Release.Array[1, 3];

    [Fact]
    public void A_valid_site_builds_to_the_same_bytes_every_time_and_a_failed_build_leaves_them()
    {
        Releases.Sample(releases =>
        {
            var site = SiteOf(releases);
            var first = site.BuildAsync().GetAwaiter().GetResult();
            Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
            var published = Output(site);
            Assert.NotEmpty(published);

            var again = site.BuildAsync().GetAwaiter().GetResult();
            Assert.True(again.Succeeded);
            Assert.Equal(published, Output(site));

            var fresh = SiteOf(releases);
            Assert.True(fresh.BuildAsync().GetAwaiter().GetResult().Succeeded);
            Assert.Equal(published, Output(fresh));

            // An edit that breaks a release: the build fails and what was published stays as it was, byte for byte.
            site.FileSystem.WriteAllText("input/releases/2021-01-01-r0.md", releases[0].Replace("title: ", "titel: ", StringComparison.Ordinal));
            var failed = site.BuildAsync().GetAwaiter().GetResult();
            Assert.False(failed.Succeeded);
            Assert.Equal(published, Output(site));
        }, iter: 6, threads: 1);
    }

    private static TestSite SiteOf(string[] releases)
    {
        var site = TestSite.Parse(TestSite.SiteYml);
        for (var i = 0; i < releases.Length; i++)
        {
            // Titles may repeat across releases, so each gets its own: unique titles are a check of their own (PS0404).
            site.FileSystem.WriteAllText($"input/releases/2021-01-01-r{i}.md", releases[i].Replace("title: ", $"title: Release {i}, ", StringComparison.Ordinal));
        }
        return site;
    }

    private static SortedDictionary<string, string> Output(TestSite site)
    {
        var root = site.FileSystem.GetFullPath("output");
        return site.FileSystem.DirectoryExists(root)
            ? new(site.FileSystem.ListFiles(root, recursive: true).ToDictionary(f => f[root.Length..], f => Convert.ToHexString(site.FileSystem.ReadAllBytes(f))), StringComparer.Ordinal)
            : new(StringComparer.Ordinal);
    }
}
