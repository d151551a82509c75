namespace PartnershipSite.Feeds;

/// <summary>A JSON Feed item. Dates are RFC 3339 strings; optional lists are null (left out) when empty.</summary>
public sealed record JsonFeedItem(
    string Id,
    string Url,
    string Title,
    string Summary,
    string ContentHtml,
    string DatePublished,
    string DateModified,
    IReadOnlyList<JsonFeedAuthor> Authors,
    IReadOnlyList<string>? Tags,
    string Language,
    IReadOnlyList<JsonFeedAttachment>? Attachments);
