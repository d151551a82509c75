namespace PartnershipSite.Feeds;

/// <summary>One URL in <c>sitemap.xml</c>, with the date it last changed when the site knows it.</summary>
internal sealed record SitemapEntry(Uri Location, DateTimeOffset? LastModified);
