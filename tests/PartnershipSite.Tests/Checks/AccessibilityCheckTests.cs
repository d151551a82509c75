using PartnershipSite.Diagnostics;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks;

public sealed class AccessibilityCheckTests
{
    private const string OutputPage = "output/releases/a/index.html";

    // Problems written in a release's Markdown are reported at the Markdown line and column.
    [Theory]
    [InlineData("# A second headline", "PS0405", "# A second")]
    [InlineData("Intro.\n\n#### Too deep", "PS0406", "#### Too deep")]
    [InlineData("A chart: ![](/robots.txt)", "PS0407", "![](/robots")]
    [InlineData("See [](/releases/a/).", "PS0408", "[](/releases")]
    [InlineData("For the plan, [click here](/releases/a/).", "PS0410", "[click here]")]
    [InlineData("See [https://www.example.com/](https://www.example.com/).", "PS0410", "[https://www")]
    public async Task Accessibility_problem_in_markdown_is_reported_at_its_source(string body, string code, string needle)
    {
        var result = await CheckSites.BuildReleaseAsync(body);

        var diagnostic = Assert.Single(result.WithCode(code));
        var line = body.Split('\n').First(l => l.Contains(needle, StringComparison.Ordinal));
        Assert.Equal(new SourceLocation(CheckSites.ReleasePath, CheckSites.BodyLine(body, needle), line.IndexOf(needle, StringComparison.Ordinal) + 1), diagnostic.Location);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.False(result.Published);
    }

    // Problems in a theme's markup are reported at the layout line that wrote them, naming the output and what it was made from.
    [Theory]
    [InlineData("<p><span lang=\"english\">Hello</span></p>", "PS0402")]
    [InlineData("<p><button></button></p>", "PS0409")]
    [InlineData("<p id=\"x\">One</p>\n\n<p id=\"x\">Two</p>", "PS0411")]
    [InlineData("<table><tr><td>1</td></tr></table>", "PS0414")]
    [InlineData("<p><a href=\"/releases/a/\" tabindex=\"3\">This release</a></p>", "PS0415")]
    public async Task Accessibility_problem_in_layout_html_is_reported_at_the_layout_line(string html, string code)
    {
        var result = await CheckSites.BuildWithReleaseHtmlAsync(html);

        var diagnostic = Assert.Single(result.WithCode(code));
        var layout = File.ReadAllText(RealFiles.PathOf("theme/layouts/release.liquid"));
        // The layout as built: the HTML is on the line after the body; a second element is on the line it was written.
        var htmlLine = layout[..layout.IndexOf("{{ release.body_html | raw }}", StringComparison.Ordinal)].Count(c => c == '\n') + 2;
        var expectedLine = htmlLine + (code == "PS0411" ? 2 : 0);
        Assert.Equal(("theme/layouts/release.liquid", expectedLine), (diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.Contains($"in {OutputPage[7..]}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("for input/releases/2021-06-10-a.md", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.Published);
    }

    [Theory]
    [InlineData("<html lang=\"{{ page.document_language }}\">", "<html>", "PS0401")]
    [InlineData("<html lang=\"{{ page.document_language }}\">", "<html lang=\"english\">", "PS0401")]
    [InlineData("<title>{% if page.kind == \"home\" %}{{ site.title }}{% else %}{{ page.title }} – {{ site.title }}{% endif %}</title>", "<title> </title>", "PS0403")]
    [InlineData("<main id=\"main\" class=\"wrap\" tabindex=\"-1\">", "<main id=\"main\"></main><main>", "PS0412")]
    [InlineData("</footer>", "</footer>\n<p>Loose text</p>", "PS0412")]
    [InlineData("</footer>", "</footer>\n<div><p>Loose text in a wrapper</p></div>", "PS0412")]
    [InlineData("<a class=\"skip-link\" href=\"#main\">{{ page.labels.skip_link }}</a>", "", "PS0413")]
    [InlineData("<a class=\"skip-link\" href=\"#main\">{{ page.labels.skip_link }}</a>", "<a class=\"skip-link\" href=\"#footer\">Skip to main content</a><span id=\"footer\"></span>", "PS0413")]
    [InlineData("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n<meta http-equiv=\"refresh\" content=\"30\">", "PS0416")]
    [InlineData("initial-scale=1", "initial-scale=1, maximum-scale=1", "PS0417")]
    [InlineData("initial-scale=1", "initial-scale=1, user-scalable=no", "PS0417")]
    public async Task Template_problem_is_reported_at_the_base_layout_for_every_page(string from, string to, string code)
    {
        var changed = "";
        var result = await CheckSites.BuildWithBaseLayoutAsync(layout => changed = layout.Replace(from, to, StringComparison.Ordinal));

        var diagnostics = result.WithCode(code);
        // Every page the base layout wraps: the error page, the listings, the indexes, the subscribe page and the release.
        Assert.Equal(["404.html", "index.html", "organisations/department-for-testing/index.html", "organisations/index.html",
            OutputPage[7..], "subscribe/index.html", "topics/index.html"],
            diagnostics.Select(d => System.Text.RegularExpressions.Regex.Match(d.Message, @"in (\S+), made from").Groups[1].Value).Distinct().Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal("theme/layouts/base.liquid", d.Location.Path));
        // At the line the edit wrote, or, when it removed the element the check looks for, at an element of the layout.
        var editedLine = to.Length == 0 ? 0 : changed[..changed.IndexOf(to, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var lines = diagnostics.Select(d => d.Location.Line).Distinct().ToList();
        Assert.True(editedLine == 0 ? lines.All(l => l >= 1) : lines.Contains(editedLine) || lines.Contains(editedLine + 1) || lines.Contains(editedLine + 2),
            $"edited line {editedLine}, reported at {string.Join(", ", lines)}");
        Assert.Contains("made from theme/layouts/listing.liquid inside theme/layouts/base.liquid", diagnostics.First(d => d.Message.Contains("in index.html,", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.Contains("made from theme/layouts/release.liquid inside theme/layouts/base.liquid, for input/releases/2021-06-10-a.md",
            diagnostics.First(d => d.Message.Contains($"in {OutputPage[7..]},", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task A_layout_element_whose_name_is_no_selector_is_still_located_in_the_layout()
    {
        // <x:button> is a name AngleSharp keeps but a CSS selector cannot hold; the map finds twins by tag name.
        var result = await CheckSites.BuildWithReleaseHtmlAsync("<p><x:button role=\"button\"></x:button><button></button></p>");

        var diagnostics = result.WithCode("PS0409");
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("theme/layouts/release.liquid", d.Location.Path));
        Assert.All(diagnostics, d => Assert.True(d.Location.Line > 1, d.ToString()));
    }

    [Fact]
    public async Task Two_pages_with_the_same_title_are_both_reported()
    {
        var result = await CheckSites.BuildAsync(TestSite.SiteYml
            + TestSite.Release("2021-06-10-a", "Same headline") + TestSite.Release("2021-06-11-b", "Same headline", "2021-06-11"));

        Assert.Equal(["output/releases/a/index.html", "output/releases/b/index.html"], result.WithCode("PS0404").Select(d => d.Location.Path));
    }

    [Fact]
    public async Task Heading_in_the_body_that_repeats_a_template_id_is_a_duplicate_id()
    {
        // base.liquid's <main id="main">.
        var result = await CheckSites.BuildReleaseAsync("## Main\n\nText.");

        Assert.Equal("main", Assert.Single(result.WithCode("PS0411")).Message.Split('\'')[1]);
    }

    // Pages that keep each rule: none of these is reported.
    [Theory]
    [InlineData("## Background\n\n### Detail\n\n## Next steps")]
    [InlineData("A divider: ![](/robots.txt){role=presentation alt=\"\"}")]
    [InlineData("A chart: ![Bar chart of investment by year](/robots.txt)")]
    [InlineData("| Year | Investment |\n| --- | --- |\n| 2021 | £14.9 billion |")]
    [InlineData("Read [the Atlantic Charter](https://www.example.com/charter) and [GOV.UK](https://www.gov.uk/).")]
    public async Task Accessible_body_is_not_reported(string body)
    {
        var result = await CheckSites.BuildReleaseAsync(body, withPdf: false);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PS04", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
    }

    [Theory]
    [InlineData("<p><span lang=\"cy\">Croeso</span> and <span lang=\"\">?</span></p>")]
    [InlineData("<p><button>Show more of the release</button> <button aria-label=\"Close\"></button></p>")]
    [InlineData("<p><a href=\"/releases/a/\" tabindex=\"0\">This release</a> <a href=\"/releases/a/\"><img src=\"/robots.txt\" alt=\"This release\"></a></p>")]
    [InlineData("<table role=\"presentation\"><tr><td>Layout</td></tr></table>")]
    public async Task Accessible_layout_html_is_not_reported(string html)
    {
        var result = await CheckSites.BuildWithReleaseHtmlAsync(html, withPdf: false);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PS04", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
    }

    [Theory]
    [InlineData("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n<meta http-equiv=\"refresh\" content=\"0; url=/\">")]
    [InlineData("initial-scale=1", "initial-scale=1, maximum-scale=5")]
    [InlineData("<html lang=\"{{ page.document_language }}\">", "<html lang=\"cy\">")]
    public async Task Accessible_template_variant_is_not_reported(string from, string to)
    {
        var result = await CheckSites.BuildWithBaseLayoutAsync(layout => layout.Replace(from, to, StringComparison.Ordinal));

        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public async Task Wrapper_that_holds_the_landmarks_is_not_content_outside_them()
    {
        var result = await CheckSites.BuildWithBaseLayoutAsync(layout => layout.Replace("<body>", "<body>\n<div class=\"page\">", StringComparison.Ordinal));

        Assert.Empty(result.WithCode("PS0412"));
        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
    }
}
