using PartnershipSite.Diagnostics;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks;

public sealed class SeedFixtureTests
{
    [Fact]
    public async Task Seed_text_fails_with_four_located_placeholder_errors_and_publishes_nothing()
    {
        var seed = File.ReadAllText(RealFiles.PathOf("tests/PartnershipSite.Tests/Fixtures/seed-release.txt"));
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-seed", "UK and US agree to strengthen ties in science and technology", body: "BODY"));
        var path = "/site/input/releases/2021-06-10-seed.md";
        var text = System.Text.Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes(path)).Replace("BODY", seed, StringComparison.Ordinal);
        site.FileSystem.WriteAllText(path, text);
        var lines = text.Split('\n');
        var expected = new[] { "[Atlantic Charter](#)", "[National Quantum Technologies Programme](#)", "[NSF Quantum Leap Challenge Institutes](#)", "[Read the Atlantic Charter](#)" }
            .Select(link =>
            {
                var line = Array.FindIndex(lines, l => l.Contains(link, StringComparison.Ordinal));
                return new SourceLocation("input/releases/2021-06-10-seed.md", line + 1, lines[line].IndexOf(link, StringComparison.Ordinal) + 1);
            })
            .ToList();

        var result = await site.BuildAsync();

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(4, errors.Count);
        Assert.All(errors, e => Assert.Equal("PS0302", e.Code));
        Assert.Equal(expected, errors.Select(e => e.Location));
        Assert.False(result.Published);
        Assert.False(site.Has("index.html"));
    }
}
