using System.Collections.Frozen;

namespace PartnershipSite.Content;

/// <summary>
/// The theme's own words on a release's page and in its PDF (<c>theme/labels.yml</c>), in one language: both formats
/// take their wording from here, so they cannot drift. Templates read them as <c>release.labels.&lt;name&gt;</c>.
/// </summary>
public sealed record Labels(
    string From,
    string People,
    string Published,
    string LastUpdated,
    string SeeAllUpdates,
    string Topics,
    string Download,
    string AlternativeFormats,
    string PressOffice,
    string PublishedDates,
    string FirstPublished,
    string PageNumber)
{
    /// <summary>Each label's name in <c>labels.yml</c> and the placeholders its text must hold, in file order.</summary>
    public static FrozenDictionary<string, string[]> Names { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["from"] = [],
        ["people"] = [],
        ["published"] = [],
        ["last_updated"] = [],
        ["see_all_updates"] = [],
        ["topics"] = [],
        ["download"] = [],
        ["alternative_formats"] = ["email"],
        ["press_office"] = [],
        ["published_dates"] = [],
        ["first_published"] = [],
        ["page_number"] = ["page", "pages"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The labels from their texts by name (every name of <see cref="Names"/> present).</summary>
    public static Labels Create(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new(texts["from"], texts["people"], texts["published"], texts["last_updated"], texts["see_all_updates"], texts["topics"],
            texts["download"], texts["alternative_formats"], texts["press_office"], texts["published_dates"], texts["first_published"], texts["page_number"]);
    }

    /// <summary>"Page 2 of 3": <see cref="PageNumber"/> with its placeholders filled in.</summary>
    public string PageOf(int page, int pages) => PageNumber
        .Replace("{pages}", pages.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{page}", page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
