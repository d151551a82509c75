using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Templates;

/// <summary>theme/labels.yml, as a whole build reads it: every problem located in the file, the right language chosen.</summary>
public sealed class LabelsTests
{
    private static async Task<(TestSite Site, PartnershipSite.Engine.BuildResult Result)> BuildAsync(string? labels, string language = "en-GB")
    {
        var site = TestSite.Parse(TestSite.SiteYml.Replace("language: en-GB", "language: " + language, StringComparison.Ordinal) + TestSite.Release("2021-06-10-a"));
        if (labels is null)
        {
            site.FileSystem.DeleteFile("theme/labels.yml");
        }
        else
        {
            site.FileSystem.WriteAllText("theme/labels.yml", labels);
        }
        return (site, await site.BuildAsync());
    }

    // The theme's file without its Welsh: the tests below add or break languages of their own.
    private static string English() => File.ReadAllText(RealFiles.PathOf("theme/labels.yml")).Split("\ncy:\n")[0] + "\n";

    private static string English(string replace, string with)
    {
        Assert.Contains(replace, English(), StringComparison.Ordinal);
        return English().Replace(replace, with, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_without_labels_is_an_error_at_the_theme_folder_and_nothing_is_published()
    {
        var (_, result) = await BuildAsync(null);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0205");
        Assert.Equal("theme", error.Location.Path);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task A_missing_label_is_reported_at_its_language_and_an_unknown_one_at_its_name()
    {
        var (_, result) = await BuildAsync(English("  people: People\n", "  peeple: People\n"));

        var missing = Assert.Single(result.Diagnostics, d => d.Code == "PS0206");
        Assert.Equal(("theme/labels.yml", 5, 1), (missing.Location.Path, missing.Location.Line, missing.Location.Column));
        Assert.Contains("'people'", missing.Message, StringComparison.Ordinal);
        var unknown = Assert.Single(result.Diagnostics, d => d.Code == "PS0207");
        Assert.Equal(("theme/labels.yml", 7, 3), (unknown.Location.Path, unknown.Location.Line, unknown.Location.Column));
        Assert.False(result.Published);
    }

    [Theory]
    [InlineData("email {email} and say", "email and say", "must hold {email} once")]
    [InlineData("Page {page} of {pages}", "Page {page} of {pages} {total}", "{total}")]
    public async Task A_label_without_its_placeholder_or_with_an_unknown_one_is_an_error_at_its_text(string replace, string with, string said)
    {
        var (_, result) = await BuildAsync(English(replace, with));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0209");
        Assert.Equal("theme/labels.yml", error.Location.Path);
        Assert.True(error.Location.Line > 4 && error.Location.Column == 3 + error.Message.Split('\'')[1].Length + 2, error.ToString());
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_language_is_found_by_its_first_part_and_a_language_without_labels_is_an_error()
    {
        var (_, english) = await BuildAsync(English(), "en-US");
        Assert.True(english.Succeeded, string.Join('\n', english.Diagnostics));

        var (_, welsh) = await BuildAsync(English(), "cy");
        var error = Assert.Single(welsh.Diagnostics, d => d.Code == "PS0208");
        Assert.Equal(("theme/labels.yml", 1, 1), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Contains("(it has: en)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_language_is_checked_and_the_site_language_labels_are_used_on_the_page_and_in_the_pdf()
    {
        // Labels for a second language sit beside English: keyed by tag, so issue 16's Welsh is one more mapping.
        var labels = English() + English().Split("\nen:\n")[1].Insert(0, "en-GB:\n").Replace("Published dates", "Dates published", StringComparison.Ordinal)
            .Replace("  from: From", "  from: Issued by", StringComparison.Ordinal);
        var (site, result) = await BuildAsync(labels);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        // en-GB is the site's whole tag, so its labels win over en's.
        Assert.Contains("<dt>Issued by:</dt>", site.Read("releases/a/index.html"), StringComparison.Ordinal);
        Assert.Contains("Issued by:", PdfReadBack.TaggedText(site.FileSystem.ReadAllBytes("output/releases/a/a.pdf")), StringComparison.Ordinal);
    }
}
