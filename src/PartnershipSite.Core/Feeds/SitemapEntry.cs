namespace PartnershipSite.Feeds;

/// <summary>One URL in <c>sitemap.xml</c> with the date it last changed.</summary>
public sealed record SitemapEntry(Uri Location, DateTimeOffset LastModified);
