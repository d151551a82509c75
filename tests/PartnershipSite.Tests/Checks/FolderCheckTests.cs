using System.Text.Json;
using PartnershipSite.Build;
using PartnershipSite.Checks;
using PartnershipSite.Cli;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks;

public sealed class FolderCheckTests
{
    private const string GoodPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><title>Home</title></head>
        <body>
        <main id="main">
        <h1>Home</h1>
        <p><a href="/about/">About the site</a> and <a href="/about/#team">the team</a>.</p>
        </main>
        </body>
        </html>
        """;

    private const string AboutPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><title>About</title></head>
        <body>
        <main id="main">
        <h1>About</h1>
        <h2 id="team">Team</h2>
        <p><a href="/missing/">Missing page</a></p>
        </main>
        </body>
        </html>
        """;

    private const string Sitemap = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>https://example.gov.uk/</loc></url>
          <url><loc>https://example.gov.uk/gone/</loc></url>
        </urlset>
        """;

    private static InMemoryFileSystem Folder()
    {
        var fs = new InMemoryFileSystem("/work");
        fs.WriteAllText("/work/site/index.html", GoodPage);
        fs.WriteAllText("/work/site/about/index.html", AboutPage);
        fs.WriteAllText("/work/site/sitemap.xml", Sitemap);
        return fs;
    }

    private static Task<CheckResult> CheckAsync(InMemoryFileSystem fs, FolderCheckOptions? options = null) =>
        new FolderChecker(fs, TestSite.Clock()).CheckAsync(
            options ?? new FolderCheckOptions("site", BaseUrl: new Uri("https://example.gov.uk/"), DisplayRoot: "/work"),
            TestContext.Current.CancellationToken);

    [Fact]
    public async Task Check_reports_broken_links_in_pages_and_the_sitemap_at_their_output_location()
    {
        var result = await CheckAsync(Folder());

        Assert.False(result.Succeeded);
        Assert.Equal(
            [new SourceLocation("site/about/index.html", 8, 4), new SourceLocation("site/sitemap.xml", 4, 9)],
            result.Diagnostics.Where(d => d.Code == "PS0306").Select(d => d.Location));
        Assert.Equal(3, result.FileCount);
        Assert.Contains(result.Summaries, s => s.Check == "InternalLinksResolve" && s.Failed == 2 && s.Passed > 0);
    }

    [Fact]
    public async Task Check_of_a_good_folder_passes()
    {
        var fs = Folder();
        fs.WriteAllText("/work/site/about/index.html", AboutPage.Replace("/missing/", "/", StringComparison.Ordinal));
        fs.WriteAllText("/work/site/sitemap.xml", Sitemap.Replace("/gone/", "/about/", StringComparison.Ordinal));

        var result = await CheckAsync(fs);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task Check_takes_the_base_url_and_severities_from_site_yml()
    {
        var fs = Folder();
        fs.WriteAllText("/work/input/site.yml", "title: T\nbase_url: https://example.gov.uk/\nlanguage: en-GB\npublisher:\n  name: P\ntheme: ../theme\nchecks:\n  severity:\n    PS0306: warning\n");
        fs.CreateDirectory("/work/theme");

        var result = await CheckAsync(fs, new FolderCheckOptions("site", DisplayRoot: "/work"));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.All(result.Diagnostics.Where(d => d.Code == "PS0306"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == "PS0306"));
    }

    [Fact]
    public async Task Missing_folder_is_reported()
    {
        var result = await CheckAsync(new InMemoryFileSystem("/work"));

        Assert.Equal("PS0007", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task Sarif_report_is_a_sarif_2_1_0_log_with_located_results()
    {
        var result = await CheckAsync(Folder());

        using var sarif = JsonDocument.Parse(SarifReport.Write(result.Diagnostics, []));

        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        Assert.Equal("PartnershipSite", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("PS0306", rule.GetProperty("id").GetString());
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var first = run.GetProperty("results")[0];
        Assert.Equal("PS0306", first.GetProperty("ruleId").GetString());
        Assert.Equal("error", first.GetProperty("level").GetString());
        var physical = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("site/about/index.html", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(8, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(4, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public async Task Check_command_exits_1_on_errors_and_writes_the_sarif_file()
    {
        var dir = Directory.CreateTempSubdirectory("ps-check-");
        try
        {
            Directory.CreateDirectory(Path.Join(dir.FullName, "about"));
            await File.WriteAllTextAsync(Path.Join(dir.FullName, "index.html"), GoodPage, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Join(dir.FullName, "about", "index.html"), AboutPage, TestContext.Current.CancellationToken);
            var sarif = Path.Join(dir.FullName, "..", dir.Name + ".sarif");

            var (exit, _, _) = await CliInProcess.RunAsync(["check", dir.FullName, "--input", Path.Join(dir.FullName, "no-input"), "--base-url", "https://example.gov.uk/", "--report", "sarif", "--report-file", sarif, "--format", "json"]);

            Assert.Equal(ExitCodes.ContentErrors, exit);
            Assert.Contains("\"PS0306\"", await File.ReadAllTextAsync(sarif, TestContext.Current.CancellationToken), StringComparison.Ordinal);
            File.Delete(sarif);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Base_url_option_is_parsed_by_build_and_check()
    {
        var missing = Path.Join(Path.GetTempPath(), "ps-no-such-folder");

        Assert.Equal(ExitCodes.Usage, (await CliInProcess.RunAsync(["build", "--input", missing, "--output", missing + "-out", "--base-url", "https://example.org/news"])).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliInProcess.RunAsync(["check", missing, "--base-url", "https://example.org/news"])).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliInProcess.RunAsync(["check", missing, "--base-url", "not a url"])).ExitCode);
    }

    [Fact]
    public async Task Feed_item_links_and_enclosures_are_checked()
    {
        var fs = Folder();
        fs.WriteAllText("/work/site/sitemap.xml", Sitemap.Replace("/gone/", "/about/", StringComparison.Ordinal));
        fs.WriteAllText("/work/site/about/index.html", AboutPage.Replace("/missing/", "/", StringComparison.Ordinal));
        fs.WriteAllText("/work/site/feed.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>T</title><link>https://example.gov.uk/</link>
            <item><title>A</title><link>https://example.gov.uk/releases/gone/</link>
            <enclosure url="https://example.gov.uk/releases/gone/gone.pdf" length="1" type="application/pdf"/></item>
            </channel></rss>
            """);
        fs.WriteAllText("/work/site/atom.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link href="https://example.gov.uk/"/>
            <entry><title>A</title><link rel="alternate" href="/about/#nowhere"/></entry></feed>
            """);

        var result = await CheckAsync(fs);

        Assert.Equal(
            [("PS0307", "site/atom.xml", 3), ("PS0306", "site/feed.xml", 3), ("PS0306", "site/feed.xml", 4)],
            result.Diagnostics.Select(d => (d.Code, d.Location.Path, d.Location.Line)));
        Assert.Contains("feed enclosure", result.Diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_as_errors_fails_the_check_of_a_folder_with_only_warnings()
    {
        var fs = Folder();
        fs.WriteAllText("/work/site/about/index.html", AboutPage.Replace("/missing/", "http://www.example.com/", StringComparison.Ordinal));
        fs.WriteAllText("/work/site/sitemap.xml", Sitemap.Replace("/gone/", "/about/", StringComparison.Ordinal));
        var options = new FolderCheckOptions("site", BaseUrl: new Uri("https://example.gov.uk/"), DisplayRoot: "/work");

        var lenient = await CheckAsync(fs, options);
        var strict = await CheckAsync(fs, options with { WarningsAsErrors = true });

        Assert.True(lenient.Succeeded);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(lenient.Diagnostics).Severity);
        Assert.False(strict.Succeeded);
        Assert.Equal(("PS0308", DiagnosticSeverity.Error), (Assert.Single(strict.Diagnostics).Code, strict.Diagnostics[0].Severity));
    }

    [Fact]
    public async Task Robots_txt_sitemap_line_is_checked()
    {
        var fs = Folder();
        fs.WriteAllText("/work/site/robots.txt", "User-agent: *\nAllow: /\nSitemap: https://example.gov.uk/sitemap.xml\nSitemap:  https://example.gov.uk/sitemap-2.xml\n");

        var result = await CheckAsync(fs);

        Assert.Equal(new SourceLocation("site/robots.txt", 4, 11), Assert.Single(result.Diagnostics, d => d.Location.Path == "site/robots.txt").Location);
    }
}
