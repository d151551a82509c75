using System.Text;
using PartnershipSite.Cli.Preview;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Engine;

/// <summary>
/// The site must work under netlify.toml's CSP: nothing inline. A static check of every page; the browser test
/// that records CSP violations in Chromium belongs with the browser tests.
/// </summary>
public sealed class ContentSecurityPolicyTests
{
    [Fact]
    public void The_check_finds_what_the_csp_would_block()
    {
        var problems = InlineCode.Violations("""
            <html><head><style>p{}</style><script>alert(1)</script><script src="https://cdn.example/x.js"></script></head>
            <body><p style="color:red" onclick="x()"><a href="javascript:void(0)">x</a><img src="https://example.org/a.png"></p></body></html>
            """);

        Assert.Equal(7, problems.Count);
        Assert.Empty(InlineCode.Violations("""<html><head><link rel="stylesheet" href="/assets/css/site.1.css"><script src="/__partnershipsite/livereload.js?build=1" defer></script></head><body><img src="data:image/png;base64,AA" alt=""></body></html>"""));
    }

    [Fact]
    public async Task Every_page_of_the_real_site_has_nothing_the_csp_blocks()
    {
        var site = TestSite.Parse("");
        RealFiles.CopyInto(site.FileSystem, "input");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pages = result.Outputs.Where(o => o.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 3);
        foreach (var page in pages)
        {
            Assert.Empty(InlineCode.Violations(Encoding.UTF8.GetString(page.Content.Span)).Select(p => $"{page.Path}: {p}"));
        }
    }

    [Fact]
    public void Preview_error_page_and_live_reload_tag_have_nothing_the_csp_blocks()
    {
        var diagnostic = PartnershipSite.Diagnostics.Codes.InvalidDate.Create(new("input/releases/a.md", 4, 7), "<script>x</script>", "date");

        var page = LiveReload.Inject(ErrorPage.Render([diagnostic]), 3);

        Assert.Empty(InlineCode.Violations(page));
        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", page);
    }
}
