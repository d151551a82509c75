using PartnershipSite.Tests.Golden;

namespace PartnershipSite.Tests.Listings;

public sealed class ArchiveGoldenTests
{
    // Five releases two to a page: the home page and its last page, a topic with a page 2, the indexes, the subscribe
    // page, a topic's feeds and the sitemap, as readable files.
    [Fact]
    public async Task Small_paginated_site_matches_its_golden_files()
    {
        var site = PaginationTests.SiteWith(5, pageSize: 2, extra: i => i % 2 == 0 ? "topics:\n  - Even numbers" : "topics:\n  - Odd numbers\n  - Primes");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        string[] files =
        [
            "index.html", "page/2/index.html", "page/3/index.html", "topics/index.html", "topics/odd-numbers/index.html",
            "topics/odd-numbers/page/2/index.html", "organisations/index.html", "subscribe/index.html",
            "topics/odd-numbers/feed.xml", "topics/odd-numbers/atom.xml", "topics/odd-numbers/feed.json", "sitemap.xml",
        ];
        GoldenFiles.Verify("small-paginated-site", files.ToDictionary(p => p, site.Read));
    }
}
