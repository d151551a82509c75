using System.Text;
using PartnershipSite.Build;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Diagnostics;

/// <summary><c>build --update-baseline</c> and the builds after it, on whole sites in memory.</summary>
public sealed class BaselineTests
{
    private const string LongSentence =
        "The partnership between the two departments will cover research, skills, standards, data, trade and the many other areas that the ministers agreed on when they met in the spring of this year.";

    private const string OtherLongSentence =
        "Officials from both sides will meet every quarter to review progress, agree new projects, publish what they have learned and report to ministers on each of the commitments made today.";

    private const string BaselinePath = "input/.partnershipsite-baseline.json";

    private static TestSite Site(string body, string siteYmlExtra = "") =>
        TestSite.Parse(TestSite.SiteYml + siteYmlExtra + "\n" + TestSite.Release("a", body: body));

    private static Task<BuildResult> BuildAsync(TestSite site, bool update = false, bool warningsAsErrors = false) =>
        new SiteBuilder(site.FileSystem, TestSite.Clock()).BuildAsync(
            new BuildOptions("input", "output", DisplayRoot: "/site", WarningsAsErrors: warningsAsErrors, UpdateBaseline: update),
            TestContext.Current.CancellationToken);

    private static void Edit(TestSite site, string body)
    {
        var release = TestSite.Release("a", body: body).Split("--\n", 2)[1];
        site.FileSystem.WriteAllText("input/releases/a.md", release);
    }

    private static IEnumerable<Diagnostic> New(BuildResult result) => result.Diagnostics.Except(result.Baselined);

    [Fact]
    public async Task Update_records_the_warnings_and_the_next_build_accepts_them()
    {
        var site = Site(LongSentence);

        var first = await BuildAsync(site, update: true);
        var second = await BuildAsync(site);

        Assert.Equal("PS0420", Assert.Single(first.Diagnostics).Code);
        Assert.Equal((1, 0), (first.BaselineUpdate!.Added, first.BaselineUpdate.Dropped));
        var entry = Assert.Single(Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes(BaselinePath)).Split("\"fingerprint\"")[1..]);
        Assert.Contains("releases/a.md", Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes(BaselinePath)), StringComparison.Ordinal);
        Assert.NotEmpty(entry);
        Assert.Equal("PS0420", Assert.Single(second.Baselined).Code);
        Assert.Empty(New(second));
        Assert.True(second.Succeeded);
    }

    [Fact]
    public async Task Fingerprint_survives_an_edit_elsewhere_in_the_file()
    {
        var site = Site(LongSentence);
        await BuildAsync(site, update: true);

        Edit(site, $"A new short opening.\n\nAnother short paragraph here.\n\n## Background\n\n{LongSentence}\n\nA short closing line.");
        var result = await BuildAsync(site);

        var warning = Assert.Single(result.Diagnostics);
        Assert.True(warning.Location.Line > 14, $"the sentence moved down: {warning}");
        Assert.Equal(warning, Assert.Single(result.Baselined));
    }

    [Fact]
    public async Task A_new_long_sentence_is_shown()
    {
        var site = Site(LongSentence);
        await BuildAsync(site, update: true);

        Edit(site, $"{LongSentence}\n\n{OtherLongSentence}");
        var result = await BuildAsync(site);

        Assert.Equal(2, result.Diagnostics.Length);
        var shown = Assert.Single(New(result));
        Assert.Contains("Officials from both sides", shown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_copy_of_a_baselined_warning_is_new()
    {
        var site = Site(LongSentence);
        await BuildAsync(site, update: true);

        Edit(site, $"{LongSentence}\n\n{LongSentence}");
        var result = await BuildAsync(site);

        Assert.Equal(2, result.Diagnostics.Length);
        Assert.Single(result.Baselined);
        Assert.Single(New(result));
    }

    [Fact]
    public async Task A_baselined_warning_that_no_longer_occurs_is_dropped_on_the_next_update()
    {
        var site = Site(LongSentence);
        await BuildAsync(site, update: true);

        Edit(site, "Short text now.");
        var result = await BuildAsync(site, update: true);

        Assert.Equal((0, 1), (result.BaselineUpdate!.Added, result.BaselineUpdate.Dropped));
        Assert.Empty(result.BaselineUpdate.Baseline.Entries);
        Assert.DoesNotContain("PS0420", Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes(BaselinePath)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_are_never_baselined()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", date: "10/06/2021", body: LongSentence));
        var first = await BuildAsync(site, update: true);
        var error = Assert.Single(first.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        // Even a baseline written by hand to hold the error does not hide it.
        var forged = first.BaselineUpdate!.Baseline.Entries.Add(new BaselineEntry(error.Code, "releases/a.md", Fingerprint.Of(error), error.Message));
        BaselineFile.Write(site.FileSystem, "/site/" + BaselinePath, new Baseline(forged));

        var second = await BuildAsync(site);

        Assert.DoesNotContain(first.BaselineUpdate.Baseline.Entries, e => e.Code == error.Code);
        Assert.Contains(error, New(second));
        Assert.DoesNotContain(second.Baselined, d => d.Severity == DiagnosticSeverity.Error);
        Assert.False(second.Succeeded);
    }

    [Fact]
    public async Task Warnings_as_errors_fails_on_new_warnings_only()
    {
        var site = Site(LongSentence);
        await BuildAsync(site, update: true);

        var accepted = await BuildAsync(site, warningsAsErrors: true);
        Edit(site, $"{LongSentence}\n\n{OtherLongSentence}");
        var withNew = await BuildAsync(site, warningsAsErrors: true);

        Assert.True(accepted.Succeeded, string.Join('\n', accepted.Diagnostics));
        Assert.False(withNew.Succeeded);
        var error = Assert.Single(withNew.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("Officials from both sides", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_baseline_does_not_depend_on_the_folder_the_build_runs_from()
    {
        var site = Site(LongSentence);
        await BuildAsync(site, update: true);

        // Run from /site/input instead of /site: diagnostics show "releases/a.md" instead of "input/releases/a.md".
        var result = await new SiteBuilder(site.FileSystem, TestSite.Clock()).BuildAsync(
            new BuildOptions("/site/input", "/site/output", DisplayRoot: "/site/input"), TestContext.Current.CancellationToken);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("releases/a.md", warning.Location.Path);
        Assert.Equal(warning, Assert.Single(result.Baselined));
    }

    [Fact]
    public async Task Site_yml_can_name_the_baseline_file()
    {
        var site = Site(LongSentence, "baseline: ../accepted-warnings.json\n");

        await BuildAsync(site, update: true);
        var result = await BuildAsync(site);

        Assert.True(site.FileSystem.FileExists("accepted-warnings.json"));
        Assert.False(site.FileSystem.FileExists(BaselinePath));
        Assert.Single(result.Baselined);
    }

    [Fact]
    public async Task A_baseline_file_that_is_not_json_is_PS0010_at_its_line()
    {
        var site = Site(LongSentence);
        site.FileSystem.WriteAllText(BaselinePath, "{\n  \"version\": 1,\n  \"warnings\": [ oops ]\n}\n");

        var result = await BuildAsync(site);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0010");
        Assert.Equal(("input/.partnershipsite-baseline.json", 3), (error.Location.Path, error.Location.Line));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Fingerprint_ignores_the_location_and_the_fix()
    {
        var a = new Diagnostic("PS0420", DiagnosticSeverity.Warning, "The sentence 'X' has 30 words. Fix: split it.", new("a.md", 3, 1));
        var moved = a with { Location = new("a.md", 40, 7), Message = "The sentence 'X' has 30 words. Fix: reworded advice." };
        var other = a with { Message = "The sentence 'Y' has 30 words. Fix: split it." };

        Assert.Equal(Fingerprint.Of(a), Fingerprint.Of(moved));
        Assert.NotEqual(Fingerprint.Of(a), Fingerprint.Of(other));
    }
}
