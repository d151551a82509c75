using System.Xml.Linq;

namespace PartnershipSite.Feeds;

/// <summary>The XML namespaces the feeds use, with the prefixes readers expect to see.</summary>
public static class FeedNamespaces
{
    /// <summary>Atom 1.0 (RFC 4287), for <c>atom:link rel="self"</c> in RSS.</summary>
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The RSS content module, for <c>content:encoded</c>.</summary>
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Dublin Core elements, for <c>dc:creator</c>.</summary>
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The sitemaps.org protocol 0.9.</summary>
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
}
