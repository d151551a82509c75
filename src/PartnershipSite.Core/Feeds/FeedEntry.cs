using System.Collections.Immutable;

namespace PartnershipSite.Feeds;

/// <summary>A release prepared once for every feed format: absolute URLs, body HTML with absolute links.</summary>
/// <param name="Url">The release page's absolute URL; also the entry's permanent id, so it never changes on correction.</param>
/// <param name="Title">The headline.</param>
/// <param name="Summary">The standfirst.</param>
/// <param name="ContentHtml">The body HTML, every URL in it absolute.</param>
/// <param name="Published">First publication.</param>
/// <param name="Updated">The latest change note's date, or first publication.</param>
/// <param name="Topics">One category or tag per topic.</param>
/// <param name="Organisations">The organisations the release is from: its authors.</param>
/// <param name="Language">The release's language (BCP 47).</param>
/// <param name="Enclosure">The release's PDF, or null when it has none.</param>
public sealed record FeedEntry(
    Uri Url,
    string Title,
    string Summary,
    string ContentHtml,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    ImmutableArray<string> Topics,
    ImmutableArray<string> Organisations,
    string Language,
    FeedEnclosure? Enclosure);
