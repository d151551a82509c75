using System.Text;
using PartnershipSite.Steps;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Steps;

public sealed class FingerprintAssetsTests
{
    private const string Font = "-- theme/assets/fonts/body.woff2 --\nFONTDATA\n";

    private static string Css(string url) => $"-- theme/assets/css/site.css --\n@font-face {{ src: url({url}) format(\"woff2\"); }}\nbody {{ background: url(data:image/png;base64,AAAA); }}\n";

    [Fact]
    public async Task Assets_are_published_under_content_hashed_names_and_pages_link_the_hashed_stylesheet()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a") + Css("'../fonts/body.woff2'") + Font);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var font = FingerprintAssets.Fingerprinted("assets/fonts/body.woff2", Encoding.UTF8.GetBytes("FONTDATA\n"));
        var stylesheet = Assert.Single(result.Outputs, o => o.Path.EndsWith(".css", StringComparison.Ordinal)).Path;
        Assert.Matches(@"^assets/fonts/body\.[0-9a-f]{10}\.woff2$", font);
        Assert.True(site.Has(font));
        Assert.False(site.Has("assets/css/site.css"));
        Assert.False(site.Has("assets/fonts/body.woff2"));
        var css = site.Read(stylesheet);
        Assert.Contains($"url(\"../fonts/{Path.GetFileName(font)}\")", css);
        Assert.Contains("url(data:image/png;base64,AAAA)", css);
        Assert.Equal(FingerprintAssets.Fingerprinted("assets/css/site.css", Encoding.UTF8.GetBytes(css)), stylesheet);
        Assert.Contains($"<link rel=\"stylesheet\" href=\"/{stylesheet}\">", site.Read("releases/a/index.html"));
        Assert.Contains($"<link rel=\"stylesheet\" href=\"/{stylesheet}\">", site.Read("index.html"));
        Assert.Contains($"<link rel=\"stylesheet\" href=\"/{stylesheet}\">", site.Read("404.html"));
    }

    [Fact]
    public async Task Changing_a_font_changes_the_stylesheet_name_too()
    {
        var before = TestSite.Parse(TestSite.SiteYml + Css("../fonts/body.woff2") + Font);
        var after = TestSite.Parse(TestSite.SiteYml + Css("../fonts/body.woff2") + "-- theme/assets/fonts/body.woff2 --\nNEWFONT\n");

        var first = await before.BuildAsync();
        var second = await after.BuildAsync();

        string Stylesheet(PartnershipSite.Engine.BuildResult r) => Assert.Single(r.Outputs, o => o.Path.EndsWith(".css", StringComparison.Ordinal)).Path;
        Assert.NotEqual(Stylesheet(first), Stylesheet(second));
    }

    [Theory]
    [InlineData("assets/css/site.css", "abc", "assets/css/site.ba7816bf8f.css")]
    [InlineData("assets/fonts/a.b.woff2", "abc", "assets/fonts/a.b.ba7816bf8f.woff2")]
    public void Fingerprint_is_the_start_of_the_sha256_before_the_extension(string path, string content, string expected) =>
        Assert.Equal(expected, FingerprintAssets.Fingerprinted(path, Encoding.UTF8.GetBytes(content)));
}
