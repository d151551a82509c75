using PartnershipSite.Diagnostics;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks;

public sealed class LinkCheckTests
{
    [Theory]
    [InlineData("See [the plan](#).", "PS0302", "[the plan]")]
    [InlineData("See [the plan]().", "PS0301", "[the plan]")]
    [InlineData("See [the plan](javascript:void(0)).", "PS0131", "[the plan]")]
    [InlineData("Email [the office](mailto:not-an-address).", "PS0304", "[the office]")]
    [InlineData("Email [the office](mailto:).", "PS0304", "[the office]")]
    [InlineData("Call [the office](tel:call-us).", "PS0305", "[the office]")]
    [InlineData("See [the plan](/releases/missing/).", "PS0306", "[the plan]")]
    [InlineData("See [the plan](/Releases/a/).", "PS0306", "[the plan]")]
    [InlineData("See [the plan](#nowhere).", "PS0307", "[the plan]")]
    [InlineData("See [the plan](/releases/a/#nowhere).", "PS0307", "[the plan]")]
    [InlineData("See [the plan](https://exa%20mple.com:99999/).", "PS0309", "[the plan]")]
    public async Task Broken_markdown_link_is_reported_at_its_source_line_and_column(string body, string code, string needle)
    {
        var result = await CheckSites.BuildReleaseAsync("Intro.\n\n" + body);

        var diagnostic = Assert.Single(result.WithCode(code));
        var column = body.Split('\n').First(l => l.Contains(needle, StringComparison.Ordinal)).IndexOf(needle, StringComparison.Ordinal) + 1;
        Assert.Equal(new SourceLocation(CheckSites.ReleasePath, CheckSites.BodyLine("Intro.\n\n" + body, needle), column), diagnostic.Location);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task Reference_style_link_is_reported_where_it_is_used()
    {
        var body = "Intro.\n\nSee the [Atlantic Charter] today.\n\n[Atlantic Charter]: #\n";

        var result = await CheckSites.BuildReleaseAsync(body);

        var diagnostic = Assert.Single(result.WithCode("PS0302"));
        Assert.Equal(new SourceLocation(CheckSites.ReleasePath, CheckSites.BodyLine(body, "See the"), 9), diagnostic.Location);
    }

    [Theory]
    [InlineData("See [the release](/releases/a/).")]
    [InlineData("See [the release](/releases/a).")]
    [InlineData("See [the release](../a/).")]
    [InlineData("See [the content](#main) and [the top](#top).")]
    [InlineData("See [the contact](/releases/a/#contact-heading).")]
    [InlineData("See [the home page](https://example.gov.uk/).")]
    [InlineData("See [the style](/robots.txt).")]
    [InlineData("Email [the office](mailto:press@example.gov.uk?subject=Hello).")]
    [InlineData("Call [the office](tel:+44-20-7211-2210).")]
    [InlineData("See [the partner](https://www.example.com/anything).")]
    [InlineData("## A heading\n\nSee [the heading](#a-heading).")]
    public async Task Good_links_are_not_reported(string body)
    {
        var result = await CheckSites.BuildReleaseAsync(body);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PS03", StringComparison.Ordinal));
        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public async Task Http_link_is_a_warning_and_the_site_still_publishes()
    {
        var result = await CheckSites.BuildReleaseAsync("See [the partner](http://www.example.com/).");

        var warning = Assert.Single(result.WithCode("PS0308"));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.True(result.Published);
    }

    [Fact]
    public async Task Warnings_as_errors_stops_publishing_on_a_warning()
    {
        var result = await CheckSites.BuildReleaseAsync("See [the partner](http://www.example.com/).", warningsAsErrors: true);

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.WithCode("PS0308")).Severity);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task Severity_set_in_site_config_applies_and_off_silences_a_rule()
    {
        var config = "checks:\n  severity:\n    PS0302: warning\n    PS0308: off\n";

        var result = await CheckSites.BuildReleaseAsync("See [the plan](#) and [the partner](http://www.example.com/).", config);

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.WithCode("PS0302")).Severity);
        Assert.Empty(result.WithCode("PS0308"));
        Assert.True(result.Published);
    }

    [Theory]
    [InlineData("checks:\n  severity:\n    PS0302: loud\n", 10, 5)]
    [InlineData("checks:\n  severity:\n    PS0102: off\n", 10, 5)]
    [InlineData("checks:\n  external:\n    retries: many\n", 10, 14)]
    public async Task Invalid_check_setting_is_reported_at_its_line(string config, int line, int column)
    {
        var result = await CheckSites.BuildReleaseAsync("Body.", config);

        Assert.Equal(new SourceLocation("input/site.yml", line, column), Assert.Single(result.WithCode("PS0111")).Location);
    }

    [Theory]
    [InlineData("See [the plan](a|b).", "PS0309", "[the plan")]
    [InlineData("Intro.\n\nSee [the plan](a|b) and [the plan](a|b).", "PS0309", "[the plan")]
    public async Task A_broken_link_in_the_pdf_is_reported_at_the_markdown_that_wrote_it(string body, string code, string needle)
    {
        var result = await CheckSites.BuildReleaseAsync(body);

        var pdf = result.WithCode(code).Where(d => d.Message.Contains("PDF link", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pdf);
        var column = body.Split('\n').First(l => l.Contains(needle, StringComparison.Ordinal)).IndexOf(needle, StringComparison.Ordinal) + 1;
        Assert.All(pdf, d => Assert.Equal(new SourceLocation(CheckSites.ReleasePath, CheckSites.BodyLine(body, needle), column), d.Location));
    }

    [Fact]
    public async Task Link_made_by_a_template_is_reported_at_the_template_line()
    {
        var site = TestSite.SiteYml + TestSite.Release("2021-06-10-a") + """
            -- theme/layouts/listing.liquid --
            <h1>{{ site.title }}</h1>
            <p><a href="/releases/gone/">Old release</a></p>

            """;

        var result = await CheckSites.BuildAsync(site);

        // The listing layout makes the home page and the organisation's page: the link is reported on each, at the layout's line.
        var diagnostics = result.WithCode("PS0306");
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(new SourceLocation("theme/layouts/listing.liquid", 2, 4), d.Location));
        Assert.Contains("in index.html, made from theme/layouts/listing.liquid", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("in organisations/department-for-testing/index.html", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Real_site_has_no_errors()
    {
        var result = await TestSite.FromRepository().BuildAsync();

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.True(result.Published);
        Assert.Contains(result.Checks, c => c.Check == "InternalLinksResolve" && c.Passed > 10 && c.Failed == 0);
        Assert.Contains(result.Checks, c => c.Check == "ExternalLinksResolve" && c.Skipped > 0 && c.Checked == 0);
    }
}
