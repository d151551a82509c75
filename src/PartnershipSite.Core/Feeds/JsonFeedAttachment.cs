namespace PartnershipSite.Feeds;

/// <summary>A JSON Feed attachment (the release's PDF).</summary>
public sealed record JsonFeedAttachment(string Url, string MimeType, long SizeInBytes);
