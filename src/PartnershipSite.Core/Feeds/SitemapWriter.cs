using System.Collections.Immutable;
using System.Xml.Linq;
using PartnershipSite.Configuration;
using PartnershipSite.Content;

namespace PartnershipSite.Feeds;

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org protocol 0.9): the home page, every release page and every PDF.</summary>
public static class SitemapWriter
{
    /// <summary>The pages and files search engines should know, in site order: home, then each release and its PDF.</summary>
    public static ImmutableArray<SitemapEntry> Entries(SiteConfig config, ImmutableArray<Release> releases)
    {
        var home = new SitemapEntry(config.BaseUrl, releases.IsEmpty ? FeedChannel.NoReleasesYet : releases.Max(r => r.Metadata.LastUpdated));
        var perRelease = releases.SelectMany(release =>
        {
            var modified = release.Metadata.LastUpdated;
            var page = new SitemapEntry(config.Absolute(release.SitePath), modified);
            return release.Pdf is { } pdf ? [page, new SitemapEntry(config.Absolute(pdf.SitePath), modified)] : new[] { page };
        });
        return [home, .. perRelease];
    }

    /// <summary>The sitemap as text.</summary>
    public static string Write(IEnumerable<SitemapEntry> entries)
    {
        var ns = FeedNamespaces.Sitemap;
        var urlset = new XElement(ns + "urlset", entries.Select(e => new XElement(ns + "url",
            new XElement(ns + "loc", e.Location.AbsoluteUri),
            // sitemaps.org: lastmod is W3C Datetime; the full form with offset is the site's machine date.
            new XElement(ns + "lastmod", IsoDate.Iso(e.LastModified)))));
        return XmlText.Write(writer => new XDocument(urlset).WriteTo(writer));
    }
}
