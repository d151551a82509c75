using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Engine;

/// <summary>Every translation problem is a located diagnostic with its fix, and nothing half-translated is published.</summary>
public sealed class TranslationErrorTests
{
    private const string Original = "2021-06-10-fund";
    private const string TranslationPath = "input/releases/2021-06-10-fund.cy.md";

    private static (string Code, string Path, int Line, int Column) Where(PartnershipSite.Diagnostics.Diagnostic d) =>
        (d.Code, d.Location.Path, d.Location.Line, d.Location.Column);

    [Fact]
    public async Task A_translation_into_a_language_the_site_does_not_list_is_an_error_at_the_file_naming_the_fix()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release(Original) + WelshSamples.Translation(Original));

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PS0170", TranslationPath, 1, 1), Where(error));
        Assert.Contains("'cy'", error.Message, StringComparison.Ordinal);
        Assert.Contains("add 'cy' to 'languages'", error.Message, StringComparison.Ordinal);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task A_translation_with_no_original_is_an_error_at_the_file_naming_the_missing_original()
    {
        var site = TestSite.Parse(WelshSamples.SiteYml + TestSite.Release("2021-06-11-other") + WelshSamples.Translation(Original));

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PS0171", TranslationPath, 1, 1), Where(error));
        Assert.Contains("2021-06-10-fund.md", error.Message, StringComparison.Ordinal);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task A_translation_of_a_draft_is_left_out_with_its_original_and_no_error()
    {
        var site = TestSite.Parse(WelshSamples.SiteYml + TestSite.Release(Original, extra: "draft: true") + TestSite.Release("2021-06-11-other")
            + WelshSamples.Translation(Original));

        var result = await site.BuildAsync();

        Assert.Empty(result.Diagnostics);
        Assert.False(site.FileSystem.FileExists("output/releases/fund/cy/index.html"));
    }

    [Fact]
    public async Task A_translation_older_than_a_major_change_of_its_original_is_a_warning_naming_both_files()
    {
        const string Updated = """
            updated:
              - date: 2021-06-12
                note: Added the closing date.
            """;
        var site = TestSite.Parse(WelshSamples.SiteYml + TestSite.Release(Original, extra: Updated) + WelshSamples.Translation(Original));

        var result = await site.BuildAsync();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("PS0172", TranslationPath, 1, 1), Where(warning));
        Assert.Equal(PartnershipSite.Diagnostics.DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("input/releases/2021-06-10-fund.md", warning.Message, StringComparison.Ordinal);
        Assert.Contains("12 June 2021", warning.Message, StringComparison.Ordinal);
        // Still published: a late translation is better than none.
        Assert.True(site.FileSystem.FileExists("output/releases/fund/cy/index.html"));
    }

    [Fact]
    public async Task A_minor_change_or_a_translation_updated_since_is_not_a_warning()
    {
        const string Minor = """
            updated:
              - date: 2021-06-12
                note: Fixed a typo.
                minor: true
            """;
        const string Major = """
            updated:
              - date: 2021-06-12
                note: Added the closing date.
            """;
        const string Caught = """
            updated:
              - date: 2021-06-13
                note: Ychwanegwyd y dyddiad cau.
            """;
        foreach (var (original, translation) in new[] { (Minor, ""), (Major, Caught) })
        {
            var site = TestSite.Parse(WelshSamples.SiteYml + TestSite.Release(Original, extra: original) + WelshSamples.Translation(Original, extra: translation));

            var result = await site.BuildAsync();

            Assert.True(result.Published, string.Join('\n', result.Diagnostics));
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PS0172");
        }
    }

    [Fact]
    public async Task A_translation_under_its_own_embargo_is_not_named_by_its_published_original()
    {
        var site = TestSite.Parse(WelshSamples.SiteYml + TestSite.Release(Original) + WelshSamples.Translation(Original, extra: "publish_at: 2031-01-01T09:30:00+00:00"));

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.False(site.FileSystem.FileExists("output/releases/fund/cy/index.html"));
        var page = site.Read("releases/fund/index.html");
        Assert.DoesNotContain("/cy/", page, StringComparison.Ordinal);
        Assert.DoesNotContain("translation-nav", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_of_an_embargoed_original_waits_for_it()
    {
        var site = TestSite.Parse(WelshSamples.SiteYml + TestSite.Release(Original, extra: "publish_at: 2031-01-01T09:30:00+00:00") + TestSite.Release("2021-06-11-other", "Another release")
            + WelshSamples.Translation(Original));

        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        Assert.False(site.FileSystem.FileExists("output/releases/fund/cy/index.html"));
        Assert.DoesNotContain("/cy/", site.Read("cy/feed.xml").Replace("https://example.gov.uk/cy/feed.xml", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lang_that_contradicts_the_file_name_is_an_error_at_its_value()
    {
        var site = TestSite.Parse(WelshSamples.SiteYml + TestSite.Release(Original) + WelshSamples.Translation(Original, extra: "lang: fr"));

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics);
        // Line 1 is '---'; 'lang' comes after the sample's seven lines of fields, its value at column 7.
        Assert.Equal(("PS0111", TranslationPath, 9, 7), Where(error));
        Assert.Contains("'cy'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_languages_entry_that_is_not_a_tag_is_an_error_at_it_and_one_without_labels_at_labels_yml()
    {
        var bad = TestSite.Parse(TestSite.SiteYml.Replace("language: en-GB\n", "language: en-GB\nlanguages: [en-GB, welsh_language]\n", StringComparison.Ordinal) + TestSite.Release(Original));
        var unlabelled = TestSite.Parse(TestSite.SiteYml.Replace("language: en-GB\n", "language: en-GB\nlanguages: [en-GB, fr]\n", StringComparison.Ordinal) + TestSite.Release(Original));

        var badResult = await bad.BuildAsync();
        var unlabelledResult = await unlabelled.BuildAsync();

        Assert.Equal([("PS0112", "input/site.yml", 4, 20)], badResult.Diagnostics.Select(Where));
        var error = Assert.Single(unlabelledResult.Diagnostics);
        Assert.Equal(("PS0208", "theme/labels.yml", 1, 1), Where(error));
        Assert.Contains("'fr'", error.Message, StringComparison.Ordinal);
        Assert.False(unlabelledResult.Published);
    }
}
