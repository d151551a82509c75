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

    // The real site has no PDF until the PDF step lands; this small site shows enclosures, attachments, change
    // notes and resolved relative links in the same readable form.
    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    [InlineData("feed.json")]
    [InlineData("sitemap.xml")]
    public async Task Small_site_with_a_pdf_and_a_correction_matches_its_golden_file(string path)
    {
        var site = TestSite.Parse(TestSite.SiteYml
            + TestSite.Release("2021-06-10-first", "First & foremost", "2021-06-10T09:30:00+01:00", """
                topics:
                  - Science
                updated:
                  - date: 2021-06-11T16:00:00+01:00
                    note: Corrected a figure.
                """, "Read [the second](../second/) and see ![a chart](/assets/chart.png).")
            + TestSite.Release("2021-07-01-second", "Second – £5 \"quoted\"", "2021-07-01"));

        var result = await site.BuildAsync(steps: AttachTestPdfs.Pipeline);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Golden.Verify("small-site-with-pdf/" + path, site.Read(path));
    }
}
