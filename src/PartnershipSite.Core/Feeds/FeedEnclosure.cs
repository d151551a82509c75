namespace PartnershipSite.Feeds;

/// <summary>A file attached to a feed entry (the release's PDF), with its absolute URL and exact size.</summary>
public sealed record FeedEnclosure(Uri Url, string MediaType, long Length);
