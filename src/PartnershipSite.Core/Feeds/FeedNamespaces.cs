namespace PartnershipSite.Feeds;

/// <summary>The XML namespaces the feeds use; the RSS feed declares each once on <c>&lt;rss&gt;</c> with the prefix readers expect.</summary>
internal static class FeedNamespaces
{
    /// <summary>Atom 1.0 (RFC 4287): the Atom feed's namespace, and <c>atom:link rel="self"</c> in RSS.</summary>
    public const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The RSS content module, for <c>content:encoded</c>.</summary>
    public const string Content = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Dublin Core elements, for <c>dc:creator</c> and <c>dc:contributor</c>.</summary>
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The sitemaps.org protocol 0.9.</summary>
    public const string Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
}
