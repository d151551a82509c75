using Fluid;

namespace PartnershipSite.Templates;

/// <summary>The allow-list of types templates may read, and the Liquid naming rules (snake_case members).</summary>
public static class ViewModels
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
        return options;
    }
}

/// <summary>What every template knows about the site.</summary>
public sealed record SiteView(
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
    string Stylesheet);

/// <summary>A feed that every page's <c>&lt;head&gt;</c> announces with <c>&lt;link rel="alternate"&gt;</c>.</summary>
public sealed record FeedLinkView(string Title, string MediaType, string Url);

/// <summary>The page being rendered: its title for <c>&lt;title&gt;</c>, its URL and language.</summary>
public sealed record PageView(string Title, string Description, string Url, string CanonicalUrl, string Language, string Kind)
{
    /// <summary>The language as OpenGraph's <c>og:locale</c> writes it: <c>en_GB</c> for <c>en-GB</c>.</summary>
    public string Locale => Language.Replace('-', '_');

    /// <summary>schema.org JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c>, already escaped for it; empty when the page has none.</summary>
    public string StructuredData { get; init; } = "";
}

/// <summary>A date as readers see it and as machines read it.</summary>
public sealed record DateView(string Iso, string Display);

/// <summary>One entry in a release's change history.</summary>
public sealed record ChangeNoteView(DateView Date, string Note);

/// <summary>
/// A release as templates see it: text already formatted, no engine types. No member is ever null, because
/// strict rendering treats a null member as undefined; <c>IsUpdated</c> says whether <c>Updated</c> differs from
/// <c>Published</c>; <c>HasPdf</c> says whether the <c>Pdf…</c> members describe a PDF.
/// </summary>
public sealed record ReleaseView(
    string Title,
    string Summary,
    string Type,
    string Url,
    string BodyHtml,
    DateView Published,
    DateView Updated,
    bool IsUpdated,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Topics,
    IReadOnlyList<ChangeNoteView> History,
    string Contact,
    string Language,
    bool HasPdf,
    string PdfUrl,
    string PdfSize,
    string PdfPages)
{
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
