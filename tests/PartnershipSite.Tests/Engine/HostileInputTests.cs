using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Tests.Support;
using PartnershipSite.Text;

namespace PartnershipSite.Tests.Engine;

/// <summary>
/// The crash classes of issue 11, one test per class: input an editor produces by accident or an attacker on
/// purpose gives a located error (code, path, line, column), never an exception, and nothing is published.
/// </summary>
public sealed class HostileInputTests
{
    internal static async Task<Diagnostic> FirstErrorAsync(TestSite site)
    {
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.False(site.FileSystem.DirectoryExists("output"), "a failed build must not publish anything");
        return result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("Body with a \u0015 pasted in.", "U+0015", 12, 13)]
    [InlineData("Body with a \u0000 NUL.", "U+0000", 12, 13)]
    [InlineData("Body with a form\u000Cfeed.", "U+000C", 12, 17)]
    [InlineData("A C1 control \u0085 here.", "U+0085", 12, 14)]
    [InlineData("A noncharacter \uFFFE here.", "U+FFFE", 12, 16)]
    [InlineData("A noncharacter \uFDD0 here.", "U+FDD0", 12, 16)]
    [InlineData("A plane-1 noncharacter \U0001FFFF here.", "U+1FFFF", 12, 24)]
    [InlineData("A reference &#x15; to one.", "U+0015", 12, 13)]
    [InlineData("A reference &#21; to one.", "U+0015", 12, 13)]
    public async Task A_character_no_format_can_carry_in_the_body_is_refused_at_its_position(string body, string named, int line, int column)
    {
        var site = TestSite.Parse(TestSite.SiteYml);
        // Written directly: TestSite.Parse would turn a form feed or U+0085 into a line break.
        site.FileSystem.WriteAllText("input/releases/a.md", TestSite.Release("a", body: body).Split('\n', 2)[1]);

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0116", new SourceLocation("input/releases/a.md", line, column)), (error.Code, error.Location));
        Assert.Contains(named, error.Message);
        Assert.Contains("Fix: delete it", error.Message);
    }

    [Fact]
    public async Task A_control_character_in_the_title_or_summary_is_refused_there()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", title: "Tab\u0007 bell"));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0116", new SourceLocation("input/releases/a.md", 2, 11)), (error.Code, error.Location));
    }

    [Fact]
    public async Task A_yaml_escape_that_makes_a_control_character_is_refused_at_the_value()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a").Replace("summary: A summary.", "summary: \"Escaped \\u0015 here\""));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0116", new SourceLocation("input/releases/a.md", 3, 10)), (error.Code, error.Location));
        Assert.Contains("U+0015", error.Message);
    }

    [Fact]
    public async Task A_control_character_in_any_site_yml_field_is_refused_there()
    {
        var site = TestSite.Parse(TestSite.SiteYml.Replace("name: Department for Testing", "name: Department\u001B for Testing") + TestSite.Release("a"));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0116", new SourceLocation("input/site.yml", 5, 19)), (error.Code, error.Location));
    }

    [Theory]
    [InlineData("  organisations: [Department for Testing, Another")]
    [InlineData("  organisations: {a: [b, c}")]
    [InlineData("  organisations: [\"a\", 'b")]
    public async Task An_unclosed_flow_collection_is_malformed_yaml_at_a_line(string line)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a").Replace("  organisations:\n    - Department for Testing", line));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0101", "input/releases/a.md"), (error.Code, error.Location.Path));
        Assert.InRange(error.Location.Line, 2, 10);
        Assert.True(error.Location.Column > 0);
    }

    [Theory]
    [InlineData("{", 5000)]
    [InlineData("[", 5000)]
    [InlineData("[{a: ", 2000)]
    public async Task Yaml_nested_past_the_limit_is_refused_where_it_goes_too_deep(string opener, int times)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", extra: "topics: " + string.Concat(Enumerable.Repeat(opener, times))));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0119", "input/releases/a.md", 9), (error.Code, error.Location.Path, error.Location.Line));
        Assert.Contains($"the limit is {SourceLimits.MaxNesting} levels", error.Message);
    }

    [Theory]
    [InlineData("> ", 5000)]
    [InlineData("- ", 5000)]
    public async Task Markdown_nested_past_the_parsers_limit_is_refused_at_its_line(string opener, int times)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: "Fine.\n\n" + string.Concat(Enumerable.Repeat(opener, times)) + "deep"));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0119", "input/releases/a.md", 14), (error.Code, error.Location.Path, error.Location.Line));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(100)]
    public async Task Emphasis_nested_past_the_limit_is_refused_at_the_element_that_passes_it(int stars)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: "Fine.\n\n" + new string('*', stars) + "deep" + new string('*', stars)));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0119", "input/releases/a.md", 14), (error.Code, error.Location.Path, error.Location.Line));
        Assert.Contains($"the limit is {SourceLimits.MaxNesting} levels", error.Message);
    }

    [Fact]
    public async Task Real_nesting_of_quotes_lists_and_emphasis_is_within_the_limit()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: "> - A *quoted **list** item* with a [**link**](https://www.gov.uk/).\n>   - nested *again*"));

        var result = await site.BuildAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PS0119");
    }

    [Theory]
    [InlineData("theme: \"\\0theme\"")]
    [InlineData("theme: \"a\\u0000b\"")]
    [InlineData("theme: \"\u0000\"")]
    public async Task A_path_setting_with_a_character_no_path_can_hold_is_refused_at_the_value(string setting)
    {
        var site = TestSite.Parse(TestSite.SiteYml + setting + "\n" + TestSite.Release("a"));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0116", "input/site.yml", 8), (error.Code, error.Location.Path, error.Location.Line));
        Assert.Contains("U+0000", error.Message);
    }

    [Fact]
    public async Task An_empty_front_matter_is_a_missing_field_at_the_file()
    {
        var site = TestSite.Parse(TestSite.SiteYml + "-- input/releases/a.md --\n---\n---\n---\nBody.\n");

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0102", "input/releases/a.md"), (error.Code, error.Location.Path));
        Assert.True(error.Location.Line > 0 && error.Location.Column > 0, error.ToString());
    }

    [Theory]
    [InlineData("```\n```")]
    [InlineData("^^^\n```\n```\n^^^ An empty sample")]
    [InlineData("> ```\n> ```")]
    public async Task An_empty_code_block_publishes_in_every_format(string body)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", body: "Before.\n\n" + body + "\n\nAfter."));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("After.", PdfReadBack.TaggedText(site.FileSystem.ReadAllBytes("/site/output/releases/a/a.pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Liquid_blocks_nested_past_the_limit_are_refused_at_the_tag()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a") + "-- theme/layouts/404.liquid --\n<h1>Not found</h1>\n"
            + string.Concat(Enumerable.Repeat("{% capture c %}\n", 5000)));

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0119", new SourceLocation("theme/layouts/404.liquid", 2 + SourceLimits.MaxNesting, 1)), (error.Code, error.Location));
    }

    [Theory]
    [InlineData("{% include 'footer' %}", "include")]
    [InlineData("{% render 'footer' %}", "render")]
    [InlineData("{% for x in (1..100000000) %}{{ x }}{% endfor %}", "range")]
    public async Task A_liquid_tag_the_theme_loader_cannot_run_is_refused_at_the_tag(string tag, string named)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a") + $"-- theme/layouts/404.liquid --\n<h1>Not found</h1>\n<p>{tag}</p>\n");

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0201", new SourceLocation("theme/layouts/404.liquid", 2, 4)), (error.Code, error.Location));
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task A_filter_that_fails_while_rendering_is_a_located_theme_error()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a") + "-- theme/layouts/404.liquid --\n<h1>Not found {{ 1 | divided_by: 0 }}</h1>\n");

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0204", new SourceLocation("theme/layouts/404.liquid", 1, 1)), (error.Code, error.Location));
    }

    [Fact]
    public async Task An_undefined_template_variable_is_reported_at_its_line_in_the_layout()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a") + "-- theme/layouts/404.liquid --\n<h1>Not found</h1>\n<p>{{ page.titel }}</p>\n");

        var error = await FirstErrorAsync(site);

        Assert.Equal(("PS0202", new SourceLocation("theme/layouts/404.liquid", 2, 12)), (error.Code, error.Location));
    }
}
