namespace PartnershipSite.Feeds;

/// <summary>A file attached to a feed entry (the release's PDF), with its absolute URL, exact size and page count.</summary>
internal sealed record FeedEnclosure(Uri Url, string MediaType, long Length, int PageCount);
