namespace PartnershipSite.Feeds;

/// <summary>The top-level object of a JSON Feed 1.1 (https://jsonfeed.org/version/1.1); null members are left out.</summary>
public sealed record JsonFeedDocument(
    string Version,
    string Title,
    string HomePageUrl,
    string FeedUrl,
    string Description,
    string Language,
    IReadOnlyList<JsonFeedAuthor> Authors,
    IReadOnlyList<JsonFeedItem> Items);
