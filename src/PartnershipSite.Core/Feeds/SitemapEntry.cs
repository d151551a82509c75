namespace PartnershipSite.Feeds;

/// <summary>One URL in <c>sitemap.xml</c>, with the date it last changed when the site knows it.</summary>
internal sealed record SitemapEntry(Uri Location, DateTimeOffset? LastModified)
{
    /// <summary>The page in each language it is published in, itself included (Google's <c>xhtml:link hreflang</c>); empty without translations.</summary>
    public System.Collections.Immutable.ImmutableArray<(string Language, Uri Location)> Alternates { get; init; } = [];
}
