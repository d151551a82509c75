using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using PartnershipSite.Checks.Parity;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// What the checks of one output file found and what the later checks need from it, once its document is dropped:
/// a page's or PDF's checks' log, the links it holds, the facts other pages' links are checked against, its
/// rendition for the parity check, and for a feed its entries. It is made from the file's bytes and the few things <c>SiteChecker</c> gives
/// the file's checks (see <see cref="SiteChecker"/>'s key), so it can be kept between builds and replayed for a file
/// that did not change.
/// </summary>
/// <param name="Log">What the file's checks reported.</param>
/// <param name="Links">Its links: a page's, or a PDF's link annotations.</param>
/// <param name="Release">The site path of the release the file is the page or PDF of, if any.</param>
/// <param name="Title">A page's title, whitespace collapsed (null for a PDF).</param>
/// <param name="TitleLocation">Where a page's title is.</param>
/// <param name="Ids">A page's ids and anchor names.</param>
/// <param name="Rendition">The release's page or PDF as the parity check reads it; null when parity is off.</param>
/// <param name="Expected">For a release page: the blocks its body HTML should show.</param>
/// <param name="FeedEntries">For a feed read for the parity check: its entries' ids in order; null otherwise, or when it could not be read.</param>
internal sealed record FileFindings(
    CheckLog Log,
    ImmutableArray<FoundLink> Links,
    string? Release,
    string? Title,
    SourceLocation? TitleLocation,
    ImmutableArray<string> Ids,
    Rendition? Rendition,
    ImmutableArray<TextBlock> Expected,
    ImmutableArray<string>? FeedEntries)
{
    /// <summary>How findings are kept on disk: System.Text.Json's source-generated reader and writer for them.</summary>
    public static JsonSerializerOptions Json => FileFindingsJson.Default.Options;

    /// <summary>A page's facts for the site checks, for output <paramref name="path"/>; null for a PDF.</summary>
    public PageFacts? FactsAt(string path) => Title is null || TitleLocation is null ? null
        : new PageFacts(path, Title, TitleLocation, Ids.ToFrozenSet(StringComparer.Ordinal));
}

/// <summary>The JSON reader and writer of <see cref="FileFindings"/>, made at compile time (the parity dates are tuples, so fields are included).</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(IncludeFields = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(FileFindings))]
internal sealed partial class FileFindingsJson : System.Text.Json.Serialization.JsonSerializerContext;
