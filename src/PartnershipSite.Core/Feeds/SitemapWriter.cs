using System.Collections.Immutable;
using System.Xml.Linq;
using PartnershipSite.Configuration;
using PartnershipSite.Content;
using PartnershipSite.IO;

namespace PartnershipSite.Feeds;

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org protocol 0.9): every published page and PDF.</summary>
public static class SitemapWriter
{
    // The error page is served for missing paths; it is not a page to index.
    private const string NotFoundPage = "404.html";

    /// <summary>
    /// The HTML pages and PDFs among <paramref name="outputs"/> (output paths), sorted by URL, dated from the releases they belong to
    /// (the home page by the newest change of any release), or by <paramref name="pageDates"/> (listing pages, by site path).
    /// </summary>
    public static ImmutableArray<SitemapEntry> Entries(SiteConfig config, ImmutableArray<Release> releases, IEnumerable<string> outputs,
        IReadOnlyDictionary<string, DateTimeOffset>? pageDates = null)
    {
        var dates = new Dictionary<string, DateTimeOffset>(pageDates ?? new Dictionary<string, DateTimeOffset>(), StringComparer.Ordinal);
        if (!releases.IsEmpty)
        {
            dates[""] = releases.Max(r => r.Metadata.LastUpdated);
        }
        var alternates = new Dictionary<string, ImmutableArray<(string, Uri)>>(StringComparer.Ordinal);
        foreach (var release in releases)
        {
            if (!release.Versions.IsEmpty)
            {
                alternates[release.SitePath] = [.. release.Versions.Select(v => (v.Language, config.Absolute(v.SitePath)))];
            }
            dates[release.SitePath] = release.Metadata.LastUpdated;
            if (release.Pdf is { } pdf)
            {
                dates[pdf.SitePath] = release.Metadata.LastUpdated;
            }
        }
        return
        [
            .. outputs
                .Where(p => (p.EndsWith(".html", StringComparison.Ordinal) && p != NotFoundPage) || p.EndsWith(".pdf", StringComparison.Ordinal))
                // A folder's index.html is published at the folder's URL, as pages link to it.
                .Select(p => p == "index.html" ? "" : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
                .Order(StringComparer.Ordinal)
                .Select(p => new SitemapEntry(config.Absolute(p), dates.TryGetValue(p, out var date) ? date : null)
                {
                    Alternates = alternates.GetValueOrDefault(p, []),
                }),
        ];
    }

    /// <summary>The sitemap as text.</summary>
    public static string Write(IEnumerable<SitemapEntry> entries)
    {
        XNamespace ns = FeedNamespaces.Sitemap;
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var list = entries.ToList();
        var urlset = new XElement(ns + "urlset", list.Select(e => new XElement(ns + "url",
            new XElement(ns + "loc", e.Location.AbsoluteUri),
            // sitemaps.org: lastmod is W3C Datetime; the full form with offset is the site's machine date.
            e.LastModified is { } date ? new XElement(ns + "lastmod", IsoDate.Iso(date)) : null,
            // Google: each language version lists every version, itself included; the schema allows other namespaces last.
            e.Alternates.Select(a => new XElement(xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", a.Language), new XAttribute("href", a.Location.AbsoluteUri))))));
        if (list.Any(e => !e.Alternates.IsEmpty))
        {
            urlset.Add(new XAttribute(XNamespace.Xmlns + "xhtml", xhtml.NamespaceName));
        }
        return XmlText.Write(writer => new XDocument(urlset).WriteTo(writer));
    }
}
