using System.Text;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Engine;

/// <summary>Each class of bad input gives a located error, no stack trace, and nothing published.</summary>
public sealed class BadInputTests
{
    private static async Task<Diagnostic> SingleErrorAsync(TestSite site)
    {
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.False(site.FileSystem.DirectoryExists("output"), "a failed build must not publish anything");
        return Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Malformed_yaml_is_reported_at_the_offending_line()
    {
        var site = TestSite.Parse(TestSite.SiteYml + """
            -- input/releases/a.md --
            ---
            title: Fine
            summary: "unterminated
            date: 2021-06-10
            ---
            Body.
            """);

        var error = await SingleErrorAsync(site);

        Assert.Equal("PS0101", error.Code);
        Assert.Equal("input/releases/a.md", error.Location.Path);
        Assert.InRange(error.Location.Line, 3, 6);
        Assert.True(error.Location.Column > 0);
    }

    [Fact]
    public async Task Missing_title_is_reported_at_the_front_matter()
    {
        var site = TestSite.Parse(TestSite.SiteYml + """
            -- input/releases/a.md --
            ---
            summary: S
            date: 2021-06-10
            type: Press release
            from:
              organisations: [Department for Testing]
            ---
            Body.
            """);

        var error = await SingleErrorAsync(site);

        Assert.Equal(("PS0102", new SourceLocation("input/releases/a.md", 1, 1)), (error.Code, error.Location));
        Assert.Contains("'title'", error.Message);
    }

    [Fact]
    public async Task Missing_date_is_reported()
    {
        var site = TestSite.Parse(TestSite.SiteYml + """
            -- input/releases/a.md --
            ---
            title: T
            summary: S
            type: Press release
            from:
              organisations: [Department for Testing]
            ---
            Body.
            """);

        var error = await SingleErrorAsync(site);

        Assert.Equal("PS0102", error.Code);
        Assert.Contains("'date'", error.Message);
    }

    [Fact]
    public async Task Invalid_date_is_reported_at_the_value()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", date: "2021-13-45"));

        var error = await SingleErrorAsync(site);

        Assert.Equal(("PS0103", new SourceLocation("input/releases/a.md", 4, 7)), (error.Code, error.Location));
        Assert.Contains("YYYY-MM-DD", error.Message);
    }

    [Fact]
    public async Task Unknown_document_type_is_reported_at_the_value_with_the_known_types()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a").Replace("type: Press release", "type: Press relaese"));

        var error = await SingleErrorAsync(site);

        Assert.Equal(("PS0104", new SourceLocation("input/releases/a.md", 5, 7)), (error.Code, error.Location));
        Assert.Contains("Press release", error.Message);
    }

    [Fact]
    public async Task Duplicate_slug_is_reported_in_both_files()
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-01-01-same")
            + TestSite.Release("b", extra: "slug: same"));

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(["PS0105", "PS0105"], errors.Select(e => e.Code));
        Assert.Equal(["input/releases/2021-01-01-same.md", "input/releases/b.md"], errors.Select(e => e.Location.Path));
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("a/b")]
    [InlineData("Upper-Case")]
    public async Task Slug_that_is_not_a_single_segment_is_refused(string slug)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", extra: $"slug: \"{slug}\""));

        var error = await SingleErrorAsync(site);

        Assert.Equal(("PS0106", new SourceLocation("input/releases/a.md", 9, 7)), (error.Code, error.Location));
        Assert.DoesNotContain(site.FileSystem.AllFiles, f => f.Contains("etc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_layout_is_reported_at_the_layout_field()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", extra: "layout: fancy"));

        var error = await SingleErrorAsync(site);

        Assert.Equal(("PS0107", new SourceLocation("input/releases/a.md", 9, 1)), (error.Code, error.Location));
        Assert.Contains("release", error.Message);
    }

    [Fact]
    public async Task Liquid_syntax_error_is_reported_in_the_template_at_its_position()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a") + """
            -- theme/layouts/listing.liquid --
            <h1>{{ site.title }}</h1>
            {% for release in listing.releases %}
            <p>{{ release.title }</p>
            """);

        var error = await SingleErrorAsync(site);

        Assert.Equal("PS0201", error.Code);
        Assert.Equal("theme/layouts/listing.liquid", error.Location.Path);
        Assert.True(error.Location.Line >= 2, error.ToString());
    }

    [Fact]
    public async Task Undefined_template_variable_is_an_error_naming_it()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a") + """
            -- theme/layouts/404.liquid --
            <h1>{{ page.titel }}</h1>
            """);

        var error = await SingleErrorAsync(site);

        Assert.Equal(("PS0202", "theme/layouts/404.liquid"), (error.Code, error.Location.Path));
        Assert.Contains("titel", error.Message);
    }

    [Fact]
    public async Task Missing_input_folder_is_reported()
    {
        var site = TestSite.Parse("", withRealTheme: false);

        var error = await SingleErrorAsync(site);

        Assert.Equal(("PS0001", "input"), (error.Code, error.Location.Path));
    }

    [Fact]
    public async Task Non_utf8_file_is_reported_at_the_first_bad_byte()
    {
        var site = TestSite.Parse(TestSite.SiteYml);
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray();
        site.FileSystem.WriteAllBytes("input/releases/latin1.md", bytes);

        var error = await SingleErrorAsync(site);

        Assert.Equal(("PS0108", new SourceLocation("input/releases/latin1.md", 2, 11)), (error.Code, error.Location));
        Assert.Contains("E9", error.Message);
    }

    [Fact]
    public async Task Release_without_front_matter_is_reported()
    {
        var site = TestSite.Parse(TestSite.SiteYml + "-- input/releases/a.md --\nJust text.\n");

        var error = await SingleErrorAsync(site);

        Assert.Equal(("PS0109", new SourceLocation("input/releases/a.md", 1, 1)), (error.Code, error.Location));
    }

    [Fact]
    public async Task Every_error_in_one_file_is_reported_in_one_build()
    {
        var site = TestSite.Parse(TestSite.SiteYml + """
            -- input/releases/a.md --
            ---
            date: yesterday
            type: Blog
            ---
            """);

        var result = await site.BuildAsync();

        // title, summary and from are missing; the date and the type are wrong.
        Assert.Equal(["PS0102", "PS0102", "PS0102", "PS0103", "PS0104"],
            result.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_diagnostic_prints_in_msbuild_form()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", date: "2021-13-45"));

        var result = await site.BuildAsync();

        Assert.StartsWith("input/releases/a.md(4,7): error PS0103: '2021-13-45' is not a valid date for 'date'.", result.Diagnostics.Single().ToString());
    }
}
