using PartnershipSite.Build;
using PartnershipSite.Tests.Golden;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

public sealed class SmallSiteGoldenTests
{
    // A small site that shows enclosures, attachments, change notes and resolved relative links in a readable form
    // (the real site's feeds are in the real-site golden set, see Golden/RealSiteTests.cs).
    [Fact]
    public async Task Small_site_with_a_pdf_and_a_correction_matches_its_golden_files()
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
        GoldenFiles.Verify("small-site-with-pdf", new[] { "feed.xml", "atom.xml", "feed.json", "sitemap.xml" }.ToDictionary(p => p, site.Read));
    }
}
