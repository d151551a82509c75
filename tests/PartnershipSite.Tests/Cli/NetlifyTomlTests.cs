using PartnershipSite.Cli.Preview;
using PartnershipSite.Tests.Support;
using Tomlyn;
using Tomlyn.Model;

namespace PartnershipSite.Tests.Cli;

/// <summary>The production <c>netlify.toml</c>: it parses, and every header it sends is the reviewed one.</summary>
public sealed class NetlifyTomlTests
{
    private const string Revalidate = "public, max-age=0, must-revalidate";

    private static readonly string Text = File.ReadAllText(RealFiles.PathOf("netlify.toml"));

    private static readonly string[] SitePaths =
    [
        "/", "/index.html", "/404.html", "/releases/a-release/", "/releases/a-release/index.html",
        "/releases/a-release/a-release.pdf", "/assets/css/site.css", "/assets/fonts/a.woff2",
        "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml",
    ];

    private static NetlifyRules Rules()
    {
        Assert.True(NetlifyRules.TryParse(Text, out var rules, out var error), error);
        return rules;
    }

    private static string HeaderValue(string path, string name) =>
        Assert.Single(Rules().HeadersFor(path), kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    [Fact]
    public void Build_runs_the_netlify_build_script_and_publishes_the_output_folder()
    {
        var model = TomlSerializer.Deserialize<TomlTable>(Text)!;
        var build = (TomlTable)model["build"];

        Assert.Equal("bash scripts/netlify-build", build["command"]);
        Assert.Equal("output", build["publish"]);
        Assert.True(File.Exists(RealFiles.PathOf("scripts/netlify-build")));
    }

    [Fact]
    public void Every_header_rule_and_value_is_the_reviewed_one()
    {
        var actual = Rules().Headers.SelectMany(h => h.Values.Select(v => $"{h.For} | {v.Key}: {v.Value}"));

        string[] expected =
        [
            "/* | Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            "/* | X-Content-Type-Options: nosniff",
            "/* | X-Frame-Options: DENY",
            "/* | Referrer-Policy: strict-origin-when-cross-origin",
            "/* | Permissions-Policy: accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=()",
            "/* | Strict-Transport-Security: max-age=31536000; includeSubDomains",
            "/* | Cross-Origin-Opener-Policy: same-origin",
            "/assets/* | Cache-Control: public, max-age=31536000, immutable",
            $"/ | Cache-Control: {Revalidate}",
            $"/index.html | Cache-Control: {Revalidate}",
            $"/404.html | Cache-Control: {Revalidate}",
            $"/releases/* | Cache-Control: {Revalidate}",
            "/feed.xml | Content-Type: application/rss+xml; charset=utf-8",
            $"/feed.xml | Cache-Control: {Revalidate}",
            "/atom.xml | Content-Type: application/atom+xml; charset=utf-8",
            $"/atom.xml | Cache-Control: {Revalidate}",
            "/feed.json | Content-Type: application/feed+json; charset=utf-8",
            $"/feed.json | Cache-Control: {Revalidate}",
            "/sitemap.xml | Content-Type: application/xml; charset=utf-8",
            $"/sitemap.xml | Cache-Control: {Revalidate}",
        ];
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Csp_allows_no_inline_code_and_is_at_least_as_strict_as_the_issue_requires()
    {
        var csp = HeaderValue("/", "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

        Assert.DoesNotContain("unsafe-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("*", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.Equal("'none'", directives["default-src"]);
        Assert.Equal("'self' data:", directives["img-src"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'none'", directives["base-uri"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.All(directives.Where(d => d.Key is not ("img-src")), d => Assert.DoesNotContain("data:", d.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_site_path_gets_the_security_headers_once()
    {
        foreach (var path in SitePaths)
        {
            Assert.Equal("nosniff", HeaderValue(path, "X-Content-Type-Options"));
            Assert.Equal("strict-origin-when-cross-origin", HeaderValue(path, "Referrer-Policy"));
            Assert.StartsWith("max-age=31536000", HeaderValue(path, "Strict-Transport-Security"), StringComparison.Ordinal);
            Assert.Contains("camera=()", HeaderValue(path, "Permissions-Policy"), StringComparison.Ordinal);
            Assert.StartsWith("default-src 'none';", HeaderValue(path, "Content-Security-Policy"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_header_is_set_by_two_rules_matching_the_same_path()
    {
        // Netlify joins the values of a header that two matching rules set, which would corrupt Cache-Control.
        var rules = Rules();
        foreach (var path in SitePaths)
        {
            var names = rules.Headers.Where(h => PathPattern.Matches(h.For, path)).SelectMany(h => h.Values.Select(v => v.Key.ToUpperInvariant())).ToList();
            Assert.True(names.Count == names.Distinct().Count(), $"{path}: {string.Join(", ", names)}");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/404.html")]
    [InlineData("/releases/a-release/")]
    [InlineData("/releases/a-release/a-release.pdf")]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    [InlineData("/feed.json")]
    [InlineData("/sitemap.xml")]
    public void Pages_pdfs_and_feeds_revalidate(string path) =>
        Assert.Equal(Revalidate, HeaderValue(path, "Cache-Control"));

    [Fact]
    public void Fingerprinted_assets_are_cached_for_a_year_as_immutable()
    {
        Assert.Equal("public, max-age=31536000, immutable", HeaderValue("/assets/css/site.0123456789.css", "Cache-Control"));
        Assert.Equal("public, max-age=31536000, immutable", HeaderValue("/assets/fonts/a.0123456789.woff2", "Cache-Control"));
    }

    [Theory]
    [InlineData("/feed.xml", "application/rss+xml; charset=utf-8")]
    [InlineData("/atom.xml", "application/atom+xml; charset=utf-8")]
    [InlineData("/feed.json", "application/feed+json; charset=utf-8")]
    public void Feeds_are_served_with_their_registered_media_types(string path, string contentType) =>
        Assert.Equal(contentType, HeaderValue(path, "Content-Type"));

    [Fact]
    public void Releases_folder_redirects_permanently_to_the_home_page()
    {
        var rules = Rules();

        Assert.Equal(("/", 301), rules.RedirectFor("/releases/") is { } r ? (r.Target, r.Rule.Status) : default);
        Assert.Equal(("/", 301), rules.RedirectFor("/releases") is { } s ? (s.Target, s.Rule.Status) : default);
        Assert.Null(rules.RedirectFor("/releases/a-release/"));
    }

    [Fact]
    public void Malformed_toml_is_reported_not_thrown()
    {
        Assert.False(NetlifyRules.TryParse("[[headers]\nfor = ", out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
        Assert.False(NetlifyRules.TryParse("[[headers]]\n[headers.values]\nA = \"b\"\n", out _, out var missing));
        Assert.Contains("'for'", missing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/*", "/", "")]
    [InlineData("/*", "/releases/a/", "releases/a/")]
    [InlineData("/releases/*", "/releases/a/index.html", "a/index.html")]
    [InlineData("/feed.xml", "/feed.xml", "")]
    [InlineData("/feed.xml", "/feed.xml.bak", null)]
    [InlineData("/assets/*", "/releases/assets/x", null)]
    public void Path_patterns_match_as_netlify_does(string pattern, string path, string? splat) =>
        Assert.Equal(splat, PathPattern.Match(pattern, path));
}
