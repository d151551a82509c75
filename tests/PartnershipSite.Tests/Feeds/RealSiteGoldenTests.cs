using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

public sealed class RealSiteGoldenTests
{
    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    [InlineData("feed.json")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    public async Task Real_site_feed_output_matches_its_golden_file(string path)
    {
        var fs = new InMemoryFileSystem("/site");
        RealFiles.CopyInto(fs, "input");
        RealFiles.CopyInto(fs, "theme");
        var site = new SiteBuilder(fs, TestSite.Clock());

        var result = await site.BuildAsync(new BuildOptions("input", "output", DisplayRoot: "/site"), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Golden.Verify("real-site/" + path, System.Text.Encoding.UTF8.GetString(fs.ReadAllBytes("output/" + path)));
    }
}
