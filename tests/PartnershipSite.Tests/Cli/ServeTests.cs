using System.Net;
using System.Text;
using PartnershipSite.Cli.Preview;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Cli;

/// <summary><c>serve</c> end to end: Kestrel on 127.0.0.1 with a random port, real files, a real watcher.</summary>
public sealed class ServeTests
{
    private const string PagePath = "releases/first/";

    [Fact]
    public async Task Serve_listens_on_loopback_and_serves_the_page_with_the_live_reload_script()
    {
        await using var site = await ServedSite.StartAsync();

        var (response, html) = await site.GetAsync(PagePath);
        var (script, js) = await site.GetAsync(LiveReload.ScriptPath);

        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(site.Http.BaseAddress!.Host)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<h1>First release</h1>", html);
        Assert.Contains("<script src=\"/__partnershipsite/livereload.js?build=1\" defer></script>\n</head>", html);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("new EventSource(\"/__partnershipsite/events", js);
    }

    [Fact]
    public async Task Headers_from_netlify_toml_are_sent_with_every_response()
    {
        await using var site = await ServedSite.StartAsync();
        Assert.True(NetlifyRules.TryParse(await File.ReadAllTextAsync(site.PathOf("netlify.toml"), TestContext.Current.CancellationToken), out var rules, out _));

        var (_, home) = await site.GetAsync("/");
        var stylesheetUrl = System.Text.RegularExpressions.Regex.Match(home, "<link rel=\"stylesheet\" href=\"([^\"]+)\">").Groups[1].Value;
        Assert.StartsWith("/assets/css/site.", stylesheetUrl, StringComparison.Ordinal);
        foreach (var path in new[] { "/", "/" + PagePath, stylesheetUrl, "/no-such-page/" })
        {
            var (response, _) = await site.GetAsync(path);
            foreach (var (name, netlifyValue) in rules.HeadersFor(path))
            {
                // The preview adds only a report address to the policy, so violations show in the terminal.
                var value = name == "Content-Security-Policy" ? CspReports.WithReporting(netlifyValue) : netlifyValue;
                // The raw header as sent: HttpClient's typed headers reorder Cache-Control.
                var sent = response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
                    ? string.Join(", ", values) : null;
                Assert.True(value == sent, $"{path}: {name} was '{sent}', netlify.toml says '{value}'");
            }
        }
        var (page, _) = await site.GetAsync("/");
        Assert.StartsWith("default-src 'none';", string.Join("", page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_from_netlify_toml_apply_and_misses_serve_404_html()
    {
        await using var site = await ServedSite.StartAsync();

        var (redirect, _) = await site.GetAsync("/releases/");
        var (missing, body) = await site.GetAsync("/no-such-page/");
        var (slashless, _) = await site.GetAsync("/releases/first");

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/", redirect.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", body);
        Assert.Equal(HttpStatusCode.MovedPermanently, slashless.StatusCode);
        Assert.Equal("/releases/first/", slashless.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Editing_a_release_changes_the_served_page_and_the_page_on_disk()
    {
        await using var site = await ServedSite.StartAsync();

        await site.EditAndWaitAsync(() => site.WriteRelease("Edited release"));
        var (response, html) = await site.GetAsync(PagePath);
        var onDisk = await File.ReadAllTextAsync(site.PathOf("output.preview/releases/first/index.html"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Edited release</h1>", html);
        Assert.Contains("<h1>Edited release</h1>", onDisk);
        Assert.DoesNotContain("livereload", onDisk, StringComparison.Ordinal);
        // The rebuild writes only the files the edit changed (page, PDF, home, feeds), not the whole site.
        var rebuild = System.Text.RegularExpressions.Regex.Match(site.Log, @"Build 2 in \d+ ms: (\d+) of (\d+) files written");
        Assert.True(rebuild.Success, site.Log);
        Assert.InRange(int.Parse(rebuild.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, int.Parse(rebuild.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 1);
    }

    [Fact]
    public async Task Live_reload_client_receives_an_event_when_a_release_changes()
    {
        await using var site = await ServedSite.StartAsync();
        var build = site.Session.Build;
        using var stream = await site.Http.GetAsync($"{LiveReload.EventsPath}?since={build}", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.Equal(": connected", await reader.ReadLineAsync(TestContext.Current.CancellationToken));

        site.WriteRelease("Edited release");
        var lines = new List<string>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (await reader.ReadLineAsync(timeout.Token) is { } line && line != $"data: {build + 1}")
        {
            lines.Add(line);
        }

        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        Assert.Contains("event: reload", lines);
    }

    [Fact]
    public async Task Broken_front_matter_shows_the_located_error_page_and_a_fix_restores_the_page()
    {
        await using var site = await ServedSite.StartAsync();
        var (_, before) = await site.GetAsync(PagePath);
        var stylesheetUrl = System.Text.RegularExpressions.Regex.Match(before, "<link rel=\"stylesheet\" href=\"([^\"]+)\">").Groups[1].Value;

        await site.EditAndWaitAsync(() => site.WriteRelease("Broken release", date: "10/06/2021"));
        var (broken, errorPage) = await site.GetAsync(PagePath);
        var (stylesheet, _) = await site.GetAsync(stylesheetUrl);
        await site.EditAndWaitAsync(() => site.WriteRelease("Fixed release"));
        var (fixedResponse, html) = await site.GetAsync(PagePath);

        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        Assert.Contains("<code>input/releases/2021-06-10-first.md(4,7)</code>: error PS0103:", errorPage);
        Assert.Contains(LiveReload.ScriptPath, errorPage);
        Assert.Contains("input/releases/2021-06-10-first.md(4,7): error PS0103:", site.Log);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fixedResponse.StatusCode);
        Assert.Contains("<h1>Fixed release</h1>", html);
    }

    [Fact]
    public async Task Stopping_the_session_closes_the_port_and_stops_watching()
    {
        await using var site = await ServedSite.StartAsync();
        var address = site.Http.BaseAddress!;
        var page = site.PathOf("output.preview/releases/first/index.html");
        var before = await File.ReadAllTextAsync(page, TestContext.Current.CancellationToken);

        await site.StopAsync();
        site.WriteRelease("Edited after stopping");
        await Task.Delay(500, TestContext.Current.CancellationToken);

        Assert.Equal(before, await File.ReadAllTextAsync(page, TestContext.Current.CancellationToken));
        using var fresh = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => fresh.GetAsync(address, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Build_output_contains_no_live_reload_script()
    {
        // The served page has the script (see above); the published site must not.
        var site = TestSite.Parse("");
        RealFiles.CopyInto(site.FileSystem, "input");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.NotEmpty(result.Outputs);
        foreach (var path in site.FileSystem.ListFiles("output", recursive: true))
        {
            var text = Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes(path));
            Assert.DoesNotContain("__partnershipsite", text, StringComparison.Ordinal);
            Assert.DoesNotContain("livereload", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("EventSource", text, StringComparison.Ordinal);
        }
    }
}
