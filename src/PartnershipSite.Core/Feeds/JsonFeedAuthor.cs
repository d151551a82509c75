namespace PartnershipSite.Feeds;

/// <summary>A JSON Feed author: an organisation, with its web address when known.</summary>
public sealed record JsonFeedAuthor(string Name, string? Url = null);
