using System.Collections.Immutable;
using System.Xml.Linq;
using PartnershipSite.Configuration;
using PartnershipSite.Content;
using PartnershipSite.IO;

namespace PartnershipSite.Feeds;

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org protocol 0.9): every published page and PDF.</summary>
internal static class SitemapWriter
{
    /// <summary>
    /// The pages and PDFs among <paramref name="outputs"/> (<see cref="Provenance.IsIndexable"/>: not the error page),
    /// sorted by URL, each dated by its provenance's last update.
    /// </summary>
    /// <remarks>A release page with translations lists every language's version (<paramref name="releases"/>' <see cref="Release.Versions"/>).</remarks>
    public static ImmutableArray<SitemapEntry> Entries(SiteConfig config, IEnumerable<OutputFile> outputs, IEnumerable<Release>? releases = null)
    {
        var alternates = (releases ?? []).Where(r => !r.Versions.IsEmpty).ToDictionary(r => r.SitePath,
            r => r.Versions.Select(v => (v.Language, config.Absolute(v.SitePath))).ToImmutableArray(), StringComparer.Ordinal);
        return
        [
            .. outputs
                .Where(o => o.Provenance.IsIndexable)
                // A folder's index.html is published at the folder's URL, as pages link to it.
                .Select(o => (Path: o.Path == "index.html" ? "" : o.Path.EndsWith("/index.html", StringComparison.Ordinal) ? o.Path[..^"index.html".Length] : o.Path,
                    o.Provenance.LastUpdated))
                .OrderBy(o => o.Path, StringComparer.Ordinal)
                .Select(o => new SitemapEntry(config.Absolute(o.Path), o.LastUpdated) { Alternates = alternates.GetValueOrDefault(o.Path, []) }),
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
