using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using PartnershipSite.Build;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks;

public sealed class ExternalLinkTests : IAsyncLifetime
{
    private LinkTestServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await LinkTestServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static string Config(int retries = 0, string extra = "") => $"""
        checks:
          severity:
            PS0308: off
        {extra}
          external:
            timeout: 1
            retries: {retries}
            cache: ../.cache/links.json

        """;

    private static TestSite Site(string body, string config) =>
        TestSite.Parse(TestSite.SiteYml + config + TestSite.Release("2021-06-10-a", body: body));

    private static Task<BuildResult> BuildAsync(TestSite site, TimeProvider? clock = null, bool checkExternal = true) =>
        new SiteBuilder(site.FileSystem, clock ?? TestSite.Clock()).BuildAsync(
            new BuildOptions("input", "output", null, "/site", 0, CheckExternal: checkExternal),
            TestContext.Current.CancellationToken);

    private async Task<(BuildResult Result, string Body)> CheckAsync(string path, int retries = 0, string extra = "")
    {
        var body = $"Intro.\n\nSee [the partner's page]({_server.Url(path)}).";
        return (await BuildAsync(Site(body, Config(retries, extra))), body);
    }

    private static List<Diagnostic> ExternalDiagnostics(BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Code.StartsWith("PS031", StringComparison.Ordinal))];

    private static SourceLocation LinkLocation(string body) =>
        new(CheckSites.ReleasePath, CheckSites.BodyLine(body, "[the partner"), 5);

    [Theory]
    [InlineData("/ok")]
    [InlineData("/get-only")]
    public async Task Link_answering_200_passes(string path)
    {
        var (result, _) = await CheckAsync(path);

        Assert.Empty(ExternalDiagnostics(result));
        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public async Task Head_refused_with_405_falls_back_to_get()
    {
        await CheckAsync("/get-only");

        Assert.Equal(2, _server.Hits("/get-only"));
    }

    [Fact]
    public async Task Redirect_is_followed_and_reported_as_information()
    {
        var (result, body) = await CheckAsync("/moved");

        var info = Assert.Single(ExternalDiagnostics(result));
        Assert.Equal(("PS0314", DiagnosticSeverity.Info, LinkLocation(body)), (info.Code, info.Severity, info.Location));
        Assert.Contains(_server.Url("/ok").ToString(), info.Message, StringComparison.Ordinal);
        Assert.True(result.Published);
    }

    [Fact]
    public async Task Cached_redirect_is_still_reported()
    {
        var site = Site($"See [the partner's page]({_server.Url("/moved")}).", Config());

        await BuildAsync(site);
        var second = await BuildAsync(site);

        Assert.Equal(1, _server.Hits("/moved"));
        Assert.Equal("PS0314", Assert.Single(ExternalDiagnostics(second)).Code);
    }

    [Theory]
    [InlineData("/missing")]
    [InlineData("/moved-to-missing")]
    public async Task Link_answering_404_is_an_error_at_its_markdown_source(string path)
    {
        var (result, body) = await CheckAsync(path);

        var error = Assert.Single(ExternalDiagnostics(result));
        Assert.Equal(("PS0310", DiagnosticSeverity.Error, LinkLocation(body)), (error.Code, error.Severity, error.Location));
        Assert.Contains("HTTP 404", error.Message, StringComparison.Ordinal);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task Rate_limited_link_is_retried_after_the_time_the_server_asks_for()
    {
        var clock = Stopwatch.StartNew();

        var (result, _) = await CheckAsync("/busy-once", retries: 2);

        Assert.Empty(ExternalDiagnostics(result));
        Assert.Equal(2, _server.Hits("/busy-once"));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}");
    }

    [Fact]
    public async Task Server_error_is_retried_with_backoff()
    {
        var (result, _) = await CheckAsync("/unavailable-once", retries: 1);

        Assert.Empty(ExternalDiagnostics(result));
        Assert.Equal(2, _server.Hits("/unavailable-once"));
    }

    [Fact]
    public async Task Link_rate_limited_for_longer_than_we_wait_is_an_error_with_its_retry_after()
    {
        var (result, body) = await CheckAsync("/always-busy", retries: 2);

        var error = Assert.Single(ExternalDiagnostics(result));
        Assert.Equal(("PS0313", LinkLocation(body)), (error.Code, error.Location));
        Assert.Contains("Retry-After 3600 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Hits("/always-busy"));
        Assert.False(result.Published);
    }

    [Fact]
    public async Task Slow_link_is_a_timeout_error()
    {
        var (result, body) = await CheckAsync("/slow");

        var error = Assert.Single(ExternalDiagnostics(result));
        Assert.Equal(("PS0311", DiagnosticSeverity.Error, LinkLocation(body)), (error.Code, error.Severity, error.Location));
        Assert.False(result.Published);
    }

    [Fact]
    public async Task Timeout_is_a_warning_when_the_site_config_says_so()
    {
        var (result, _) = await CheckAsync("/slow", extra: "    PS0311: warning");

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(ExternalDiagnostics(result)).Severity);
        Assert.True(result.Published);
    }

    [Fact]
    public async Task Reset_connection_is_retried_then_reported_as_unreachable()
    {
        var (result, body) = await CheckAsync("/reset", retries: 1);

        var error = Assert.Single(ExternalDiagnostics(result));
        Assert.Equal(("PS0312", LinkLocation(body)), (error.Code, error.Location));
        Assert.Equal(2, _server.Hits("/reset"));
        Assert.False(result.Published);
    }

    [Fact]
    public async Task Passing_link_is_cached_until_the_maximum_age()
    {
        var site = Site($"See [the partner's page]({_server.Url("/ok")}) and [the missing page]({_server.Url("/missing")}).", Config());
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

        await BuildAsync(site, clock);
        clock.Advance(TimeSpan.FromHours(23));
        var second = await BuildAsync(site, clock);

        Assert.Equal(1, _server.Hits("/ok"));
        Assert.True(site.FileSystem.FileExists("/site/.cache/links.json"));
        // Failures are never cached: the missing page was requested again (HEAD, then GET) and reported again.
        Assert.Equal(4, _server.Hits("/missing"));
        Assert.Single(second.WithCode("PS0310"));

        clock.Advance(TimeSpan.FromHours(2));
        await BuildAsync(site, clock);

        Assert.Equal(2, _server.Hits("/ok"));
    }

    [Fact]
    public async Task Excluded_link_is_not_requested()
    {
        var exclude = $"    exclude: ['^{_server.Root.ToString().Replace(".", "\\.", StringComparison.Ordinal)}missing']\n";
        var body = $"See [the missing page]({_server.Url("/missing")}).";

        var result = await BuildAsync(Site(body, Config() + exclude));

        Assert.Empty(ExternalDiagnostics(result));
        Assert.Equal(0, _server.Hits("/missing"));
    }

    [Fact]
    public async Task External_links_are_not_requested_unless_asked_for()
    {
        var result = await BuildAsync(Site($"See [the missing page]({_server.Url("/missing")}).", Config()), checkExternal: false);

        Assert.Empty(ExternalDiagnostics(result));
        Assert.Equal(0, _server.Hits("/missing"));
        Assert.True(result.Published);
    }

    [Fact]
    public async Task Each_url_is_requested_once_and_every_use_is_reported()
    {
        var url = _server.Url("/missing");
        var body = $"See [the page]({url}).\n\nAgain, [the same page]({url}#part).";

        var result = await BuildAsync(Site(body, Config()));

        Assert.Equal(2, result.WithCode("PS0310").Count);
        Assert.Equal(2, _server.Hits("/missing"));
    }

    [Fact]
    public async Task Requests_to_one_host_are_bounded_by_per_host_concurrency()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"See [page {i}]({_server.Url($"/queue/{i}")})."));

        var result = await BuildAsync(Site(body, Config(extra: "").Replace("    retries: 0", "    retries: 0\n    per_host: 2", StringComparison.Ordinal)));

        Assert.Empty(ExternalDiagnostics(result));
        Assert.Equal(2, _server.MaxConcurrent);
    }

    [Fact]
    public async Task Tls_failure_is_reported_as_unreachable_not_passed()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=127.0.0.1", key,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await using var https = await LinkTestServer.StartAsync(certificate);
        var body = $"See [the partner's page]({https.Url("/ok")}).";

        var result = await BuildAsync(Site(body, Config()));

        var error = Assert.Single(ExternalDiagnostics(result));
        Assert.Equal("PS0312", error.Code);
        Assert.Contains("TLS", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("https://127.0.0.1:", https.Root.ToString(), StringComparison.Ordinal);
    }
}
