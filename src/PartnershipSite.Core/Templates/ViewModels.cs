using Fluid;

namespace PartnershipSite.Templates;

/// <summary>The allow-list of types templates may read, and the Liquid naming rules (snake_case members).</summary>
internal static class ViewModels
{
    /// <summary>Fresh options for one build: strict variables, snake_case member names, view types registered.</summary>
    public static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            StrictVariables = true,
            // A loop over a huge range ends as a located error (PS0204), not a hang: a page of the real theme
            // takes a few thousand steps, a home page listing 1,000 releases under 100,000.
            MaxSteps = 1_000_000,
            MaxRecursion = 32,
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        options.MemberAccessStrategy.Register<SiteView>();
        options.MemberAccessStrategy.Register<PageView>();
        options.MemberAccessStrategy.Register<ReleaseView>();
        options.MemberAccessStrategy.Register<DateView>();
        options.MemberAccessStrategy.Register<ChangeNoteView>();
        options.MemberAccessStrategy.Register<FeedLinkView>();
        options.MemberAccessStrategy.Register<TermLinkView>();
        options.MemberAccessStrategy.Register<ListingView>();
        options.MemberAccessStrategy.Register<PaginationView>();
        options.MemberAccessStrategy.Register<TermIndexView>();
        options.MemberAccessStrategy.Register<TermSummaryView>();
        options.MemberAccessStrategy.Register<FeedGroupView>();
        options.MemberAccessStrategy.Register<FeedSetView>();
        options.MemberAccessStrategy.Register<FeedFileView>();
        options.MemberAccessStrategy.Register<Content.Labels>();
        options.MemberAccessStrategy.Register<TranslationView>();
        options.MemberAccessStrategy.Register<Content.SplitSentence>();
        return options;
    }
}

/// <summary>What every template knows about the site.</summary>
internal sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string BaseUrl,
    string BasePath,
    string Publisher,
    string PublisherAbbreviation,
    string PressOffice,
    string AccessibleFormats,
    IReadOnlyList<FeedLinkView> Feeds,
    string Stylesheet)
{
    /// <summary>The favicon's path (the theme's logo); empty when the theme has no logo.</summary>
    public string Icon { get; init; } = "";

    /// <summary>The logo's absolute URL, for <c>og:image</c>; empty when the theme has no logo.</summary>
    public string Logo { get; init; } = "";
}

/// <summary>A feed that every page's <c>&lt;head&gt;</c> announces with <c>&lt;link rel="alternate"&gt;</c>.</summary>
internal sealed record FeedLinkView(string Title, string MediaType, string Url);

/// <summary>The page being rendered: its title for <c>&lt;title&gt;</c>, its URL and language.</summary>
internal sealed record PageView(string Title, string Description, string Url, string CanonicalUrl, string Language, string Kind)
{
    /// <summary>The language as OpenGraph's <c>og:locale</c> writes it: <c>en_GB</c> for <c>en-GB</c>.</summary>
    public string Locale => Language.Replace('-', '_');

    /// <summary>The previous page of a paginated listing, for <c>&lt;link rel="prev"&gt;</c>; empty when there is none.</summary>
    public string PreviousUrl { get; init; } = "";

    /// <summary>The next page of a paginated listing, for <c>&lt;link rel="next"&gt;</c>; empty when there is none.</summary>
    public string NextUrl { get; init; } = "";

    /// <summary>Feeds of this page's own (a topic's or organisation's), announced beside the site's feeds.</summary>
    public IReadOnlyList<FeedLinkView> Feeds { get; init; } = [];

    /// <summary>True when the page's content says how to ask for another format, so the footer does not repeat it.</summary>
    public bool FormatsInContent { get; init; }

    /// <summary>schema.org JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c>, already escaped for it; empty when the page has none.</summary>
    public string StructuredData { get; init; } = "";

    /// <summary>The language of the page as a whole (<c>&lt;html lang&gt;</c>): a translation's own, else the site's.</summary>
    public string DocumentLanguage { get; init; } = "";

    /// <summary>The theme's words for the page's frame (skip link, navigation, footer), in <see cref="DocumentLanguage"/>.</summary>
    public Content.Labels? Labels { get; init; }

    /// <summary>The footer's "Published by …" with the publisher filled in.</summary>
    public string PublishedBy { get; init; } = "";

    /// <summary>The footer's sentence on other formats, the email set apart to link.</summary>
    public Content.SplitSentence OtherFormats { get; init; } = new("", "", "");

    /// <summary>The page in each language it is published in, this one included; empty when it has no translation.</summary>
    public IReadOnlyList<TranslationView> Translations { get; init; } = [];
}

/// <summary>One language of a page in the translation switch and its <c>hreflang</c> alternates.</summary>
/// <param name="Name">The language's own name ("Cymraeg").</param>
/// <param name="Language">Its BCP 47 tag.</param>
/// <param name="Url">The page's path in that language.</param>
/// <param name="AbsoluteUrl">The same, absolute, for <c>link rel="alternate"</c>.</param>
/// <param name="IsCurrent">True for the page being shown.</param>
internal sealed record TranslationView(string Name, string Language, string Url, string AbsoluteUrl, bool IsCurrent);

/// <summary>A date as readers see it and as machines read it.</summary>
internal sealed record DateView(string Iso, string Display);

/// <summary>One entry in a release's change history.</summary>
internal sealed record ChangeNoteView(DateView Date, string Note);

/// <summary>
/// A release as templates see it, made from its <see cref="Content.ReleaseDocument"/>: text already formatted, no
/// engine types. No member is ever null, because strict rendering treats a null member as undefined; <c>IsUpdated</c>
/// says whether <c>Updated</c> and <c>History</c> (every published date, first publication first) are shown;
/// <c>HasPdf</c> says whether the <c>Pdf…</c> members describe a PDF; <c>Contact</c> is empty when the body gives it.
/// </summary>
internal sealed record ReleaseView(
    string Title,
    string Summary,
    string Type,
    string Url,
    string BodyHtml,
    DateView Published,
    DateView Updated,
    bool IsUpdated,
    IReadOnlyList<TermLinkView> Organisations,
    IReadOnlyList<string> People,
    IReadOnlyList<TermLinkView> Topics,
    IReadOnlyList<ChangeNoteView> History,
    string Contact,
    string Language,
    bool HasPdf,
    string PdfUrl,
    string PdfSize,
    string PdfPages)
{
    /// <summary>The theme's words for the page (<c>theme/labels.yml</c>).</summary>
    public Content.Labels? Labels { get; init; }

    /// <summary>How to ask for another format, the email address set apart to link.</summary>
    public Content.SplitSentence AlternativeFormats { get; init; } = new("", "", "");

    /// <summary>The press contact with its telephone number set apart (<c>Value</c>), so the number never wraps inside; all in <c>Before</c> when it ends in none.</summary>
    public Content.SplitSentence ContactNumber { get; init; } = new("", "", "");

    /// <summary>The title as listings show it: "[Withdrawn] …" once withdrawn.</summary>
    public string ListedTitle { get; init; } = "";

    /// <summary>True when the release has been withdrawn: <c>WithdrawnHeading</c> and <c>WithdrawnNote</c> say so.</summary>
    public bool IsWithdrawn { get; init; }

    /// <summary>"This press release was withdrawn on 3 March 2022"; empty when not withdrawn.</summary>
    public string WithdrawnHeading { get; init; } = "";

    /// <summary>Why it was withdrawn; empty when not withdrawn.</summary>
    public string WithdrawnNote { get; init; } = "";

    /// <summary>True only in a preview that shows an embargoed release (<c>serve --show-embargoed</c>).</summary>
    public bool IsEmbargoed { get; init; }

    /// <summary>The preview's banner ("Embargoed until … — not public"); empty otherwise.</summary>
    public string EmbargoBanner { get; init; } = "";
}

/// <summary>A topic or organisation as a release names it, with the URL of its page.</summary>
internal sealed record TermLinkView(string Name, string Url);

/// <summary>
/// One page of a listing of releases (the home page and its later pages, a topic's or an organisation's pages).
/// <c>Feeds</c> are the listing's own feeds (empty for the site's listing, whose feeds every page announces).
/// </summary>
internal sealed record ListingView(
    string Heading,
    string Lead,
    string ListHeading,
    IReadOnlyList<ReleaseView> Releases,
    PaginationView Pagination,
    IReadOnlyList<FeedFileView> Feeds);

/// <summary>
/// Where a page sits in its listing and the links to its neighbours; a <c>…Url</c> is empty when its <c>Has…</c> is
/// false. Labels read "2 of 50", as GOV.UK's pagination component shows them.
/// </summary>
internal sealed record PaginationView(
    int Number,
    int Count,
    bool HasPrevious,
    string PreviousUrl,
    string PreviousLabel,
    bool HasNext,
    string NextUrl,
    string NextLabel);

/// <summary>The A–Z index of one kind of term, e.g. every topic with its number of releases.</summary>
internal sealed record TermIndexView(string Heading, string Lead, string Singular, IReadOnlyList<TermSummaryView> Terms);

/// <summary>A term in an index: its name, page and how many releases it has, as text ("1 press release").</summary>
internal sealed record TermSummaryView(string Name, string Url, int Count, string CountText);

/// <summary>The subscribe page's feeds of one kind (topics, organisations).</summary>
internal sealed record FeedGroupView(string Heading, string Singular, IReadOnlyList<FeedSetView> Items);

/// <summary>One listing's feeds in every format: the site's, a topic's or an organisation's.</summary>
internal sealed record FeedSetView(string Name, string PageUrl, IReadOnlyList<FeedFileView> Feeds);

/// <summary>One feed file: its format's name ("RSS"), its absolute URL and its MIME type.</summary>
internal sealed record FeedFileView(string Format, string Url, string MediaType);
