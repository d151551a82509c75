using System.Collections.Frozen;

namespace PartnershipSite.Content;

/// <summary>
/// The theme's own words on a page and in a release's PDF (<c>theme/labels.yml</c>), in one language: both formats
/// take their wording from here, so they cannot drift. Templates read them as <c>release.labels.&lt;name&gt;</c> and
/// <c>page.labels.&lt;name&gt;</c>.
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
    /// <summary>The language's own name, as the translation switch shows it ("English", "Cymraeg").</summary>
    public string LanguageName { get; init; } = "";

    /// <summary>The translation switch's accessible name ("Translations").</summary>
    public string Translations { get; init; } = "";

    /// <summary>The skip link's text.</summary>
    public string SkipLink { get; init; } = "";

    /// <summary>The site navigation's accessible name.</summary>
    public string SiteNavigation { get; init; } = "";

    /// <summary>The navigation's link to the home page.</summary>
    public string AllReleases { get; init; } = "";

    /// <summary>The navigation's link to the topics.</summary>
    public string TopicsPage { get; init; } = "";

    /// <summary>The navigation's link to the organisations.</summary>
    public string OrganisationsPage { get; init; } = "";

    /// <summary>The navigation's link to the subscribe page.</summary>
    public string SubscribePage { get; init; } = "";

    /// <summary>The footer's "Published by {publisher}.".</summary>
    public string PublishedBy { get; init; } = "";

    /// <summary>The footer's sentence on other formats, with <c>{email}</c>.</summary>
    public string OtherFormats { get; init; } = "";

    /// <summary>The word before an information callout (<c>^…^</c>), as screen readers announce it.</summary>
    public string Information { get; init; } = "Information";

    /// <summary>The word before a warning callout (<c>%…%</c>).</summary>
    public string Warning { get; init; } = "Warning";

    /// <summary>A contact block's label for an unlabelled telephone number.</summary>
    public string Telephone { get; init; } = "Telephone";

    /// <summary>A contact block's label for an unlabelled email address.</summary>
    public string Email { get; init; } = "Email";

    /// <summary>A contact block's label for an unlabelled web address.</summary>
    public string Website { get; init; } = "Website";

    /// <summary>The twelve months' names, January first, separated by spaces (dates are written "10 June 2021").</summary>
    public string Months { get; init; } = "January February March April May June July August September October November December";

    /// <summary>A PDF's length when it is one page ("1 page").</summary>
    public string OnePage { get; init; } = "1 page";

    /// <summary>A PDF's length in pages, with <c>{count}</c> ("3 pages").</summary>
    public string Pages { get; init; } = "{count} pages";

    /// <summary>The label listings and feed titles carry for a withdrawn release ("Withdrawn": "[Withdrawn] Title").</summary>
    public string Withdrawn { get; init; } = "";

    /// <summary>The withdrawal notice's heading, with <c>{type}</c> (the document type, in lower case) and <c>{date}</c>.</summary>
    public string WithdrawnNotice { get; init; } = "";

    /// <summary>A preview's embargo banner, with <c>{time}</c>, <c>{date}</c> and <c>{zone}</c> (e.g. "UTC+01:00").</summary>
    public string EmbargoBanner { get; init; } = "";

    /// <summary>Each document type (<see cref="Content.DocumentTypes.All"/>) in this language, by its English name.</summary>
    public FrozenDictionary<string, string> DocumentTypes { get; init; } = FrozenDictionary<string, string>.Empty;

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
        ["language_name"] = [],
        ["translations"] = [],
        ["skip_link"] = [],
        ["site_navigation"] = [],
        ["all_releases"] = [],
        ["topics_page"] = [],
        ["organisations_page"] = [],
        ["subscribe_page"] = [],
        ["published_by"] = ["publisher"],
        ["other_formats"] = ["email"],
        ["information"] = [],
        ["warning"] = [],
        ["telephone"] = [],
        ["email"] = [],
        ["website"] = [],
        ["months"] = [],
        ["one_page"] = [],
        ["pages"] = ["count"],
        ["withdrawn"] = [],
        ["withdrawn_notice"] = ["type", "date"],
        ["embargo_banner"] = ["time", "date", "zone"],
    }.Concat(Content.DocumentTypes.All.Select(type => new KeyValuePair<string, string[]>(TypeKey(type), []))).ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The labels from their texts by name (every name of <see cref="Names"/> present).</summary>
    public static Labels Create(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new(texts["from"], texts["people"], texts["published"], texts["last_updated"], texts["see_all_updates"], texts["topics"],
            texts["download"], texts["alternative_formats"], texts["press_office"], texts["published_dates"], texts["first_published"], texts["page_number"])
        {
            LanguageName = texts["language_name"],
            Translations = texts["translations"],
            SkipLink = texts["skip_link"],
            SiteNavigation = texts["site_navigation"],
            AllReleases = texts["all_releases"],
            TopicsPage = texts["topics_page"],
            OrganisationsPage = texts["organisations_page"],
            SubscribePage = texts["subscribe_page"],
            PublishedBy = texts["published_by"],
            OtherFormats = texts["other_formats"],
            Information = texts["information"],
            Warning = texts["warning"],
            Telephone = texts["telephone"],
            Email = texts["email"],
            Website = texts["website"],
            Months = texts["months"],
            OnePage = texts["one_page"],
            Pages = texts["pages"],
            Withdrawn = texts["withdrawn"],
            WithdrawnNotice = texts["withdrawn_notice"],
            EmbargoBanner = texts["embargo_banner"],
            DocumentTypes = Content.DocumentTypes.All.ToFrozenDictionary(type => type, type => texts[TypeKey(type)], StringComparer.Ordinal),
        };
    }

    /// <summary>The label's name of a document type: "Written statement" is <c>written_statement</c>.</summary>
    public static string TypeKey(string type) => (type ?? "").ToLowerInvariant().Replace(' ', '_');

    /// <summary>A document type in this language (the type as written when the theme has no word for it).</summary>
    public string TypeName(string type) => DocumentTypes.GetValueOrDefault(type, type);

    /// <summary>A date as a reader reads it, in this language: "10 June 2021", "10 Mehefin 2021".</summary>
    public string Date(DateTimeOffset date)
    {
        var months = Months.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var month = months.Length == 12 ? months[date.Month - 1] : date.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Day} {month} {date.Year}");
    }

    /// <summary>A PDF's length: "1 page", "3 pages".</summary>
    public string PageCount(int pages) =>
        pages == 1 ? OnePage : Pages.Replace("{count}", pages.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>"Page 2 of 3": <see cref="PageNumber"/> with its placeholders filled in.</summary>
    public string PageOf(int page, int pages) => PageNumber
        .Replace("{pages}", pages.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{page}", page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
