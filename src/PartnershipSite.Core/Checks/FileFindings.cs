using System.Collections.Frozen;
using System.Collections.Immutable;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// What the checks of one output file found and what the later checks need from it, once its document is dropped:
/// a page's or PDF's checks' log, the links it holds, the facts other pages' links are checked against, and for a
/// feed its entries. It is made from the file's bytes and the few things <c>SiteChecker</c> gives the file's checks
/// (see <see cref="FindingsKeys"/>), so it can be kept between builds and replayed for a file that did not
/// change. (A release page's or PDF's rendition for the parity check, a <see cref="FileRendition"/>, is not kept: the
/// parity findings of a release whose formats did not change are kept instead.)
/// </summary>
/// <param name="Log">What the file's checks reported.</param>
/// <param name="Links">Its links: a page's, or a PDF's link annotations.</param>
/// <param name="Release">The site path of the release the file is the page or PDF of, if any.</param>
/// <param name="Title">A page's title, whitespace collapsed (null for a PDF).</param>
/// <param name="TitleLocation">Where a page's title is.</param>
/// <param name="Ids">A page's ids and anchor names.</param>
/// <param name="FeedEntries">For a feed read for the parity check: its entries' ids in order; null otherwise, or when it could not be read.</param>
internal sealed record FileFindings(
    CheckLog Log,
    ImmutableArray<FoundLink> Links,
    string? Release,
    string? Title,
    SourceLocation? TitleLocation,
    ImmutableArray<string> Ids,
    ImmutableArray<string>? FeedEntries)
{
    /// <summary>A page's facts for the site checks, for output <paramref name="path"/>; null for a PDF.</summary>
    public PageFacts? FactsAt(string path) => Title is null || TitleLocation is null ? null
        : new PageFacts(path, Title, TitleLocation, Ids.ToFrozenSet(StringComparer.Ordinal));
}

/// <summary>A release's page or PDF as the parity check reads it.</summary>
/// <param name="Rendition">What the file says about the release; null for a PDF whose text could not be read back (reported by its own checks).</param>
/// <param name="Expected">For a page: the blocks its release's body HTML should show (empty for a PDF).</param>
internal sealed record FileRendition(Parity.Rendition? Rendition, ImmutableArray<Parity.TextBlock> Expected);

/// <summary>How the checker's findings are kept on disk: System.Text.Json's reader and writer for them, made at compile time (fields included, so a tuple in a finding is kept).</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(IncludeFields = true, Converters = [typeof(FoundLinksJson)])]
[System.Text.Json.Serialization.JsonSerializable(typeof(FileFindings))]
[System.Text.Json.Serialization.JsonSerializable(typeof(CheckLog))]
internal sealed partial class CheckJson : System.Text.Json.Serialization.JsonSerializerContext;
