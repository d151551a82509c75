using PartnershipSite.Configuration;
using PartnershipSite.Content;
using PartnershipSite.Feeds;
using PartnershipSite.Text;

namespace PartnershipSite.Templates;

/// <summary>Turns engine records into the view records templates read.</summary>
internal static class ViewFactory
{
    /// <summary>The theme's stylesheet, as copied to the output.</summary>
    public const string StylesheetPath = "assets/css/site.css";

    /// <summary>The theme's logo: the favicon, the <c>og:image</c> and the structured data's image and publisher logo.</summary>
    public const string LogoPath = "assets/images/logo.png";

    /// <summary>The site as templates see it; <paramref name="assets"/> maps asset paths to their fingerprinted names.</summary>
    public static SiteView Site(SiteConfig config, IReadOnlyDictionary<string, string> assets) => new(
        config.Title,
        config.Description,
        config.Language,
        config.BaseUrl.ToString(),
        config.BasePath,
        config.Publisher.Name,
        config.Publisher.Abbreviation ?? config.Publisher.Name,
        config.PressOfficeContact,
        config.AccessibleFormatContact,
        [.. FeedFormat.All.Select(f => new FeedLinkView($"{config.Title} ({f.Name})", f.MediaType, config.Absolute(f.Path).AbsoluteUri))],
        config.BasePath + assets.GetValueOrDefault(StylesheetPath, StylesheetPath))
    {
        Icon = assets.TryGetValue(LogoPath, out var icon) ? config.BasePath + icon : "",
        Logo = Logo(config, assets) ?? "",
    };

    /// <summary>The absolute URL of the theme's logo, or null when the theme has none.</summary>
    public static string? Logo(SiteConfig config, IReadOnlyDictionary<string, string> assets) =>
        assets.TryGetValue(LogoPath, out var logo) ? config.Absolute(logo).AbsoluteUri : null;

    /// <summary>A page at <paramref name="sitePath"/> (e.g. <c>releases/x/</c>, or empty for the home page).</summary>
    public static PageView Page(SiteConfig config, Labels labels, string title, string description, string sitePath, string language, string kind)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return new(title, description, config.BasePath + sitePath, config.Absolute(sitePath).ToString(), language, kind)
        {
            DocumentLanguage = config.Language,
            Labels = labels,
            PublishedBy = labels.PublishedBy.Replace("{publisher}", config.Publisher.Name, StringComparison.Ordinal),
            OtherFormats = SplitSentence.Fill(labels.OtherFormats, "email", config.AccessibleFormatContact),
        };
    }

    /// <summary>A release's own page, with its schema.org <c>NewsArticle</c> structured data.</summary>
    public static PageView ReleasePage(SiteConfig config, Release release, IReadOnlyDictionary<string, string> assets)
    {
        ArgumentNullException.ThrowIfNull(release);
        var labels = release.Document?.Labels ?? throw new InvalidOperationException("Releases are rendered after ComposeDocuments.");
        return Page(config, labels, Content.ReleaseNotices.ListedTitle(release.Metadata, labels), release.Metadata.Summary, release.SitePath, release.Metadata.Language, "release")
            with
            {
                // A translation is a page in its language as a whole; an original is in the site's, its words marked with lang.
                DocumentLanguage = release.IsTranslation ? release.Metadata.Language : config.Language,
                // A translation's page offers its language's feeds first (readers subscribe to the first they find).
                Feeds = release.IsTranslation ? FeedLinks(config, FeedChannel.FolderOf(release.Metadata.Language), labels.LanguageName) : [],
                Translations = [.. release.Versions.Select(v => new TranslationView(v.Name, v.Language,
                    config.BasePath + v.SitePath, config.Absolute(v.SitePath).AbsoluteUri, v.SitePath == release.SitePath))],
                StructuredData = Feeds.StructuredData.NewsArticle(config, release, Logo(config, assets)),
                // The download block says how to ask for another format, so the footer need not say it again.
                FormatsInContent = release.Pdf is not null,
            };
    }

    /// <summary>A term as a release names it, linked to its page (the same page for every spelling of it).</summary>
    public static TermLinkView Term(SiteConfig config, TaxonomyKind kind, string name) => new(name, config.BasePath + kind.PathOf(name));

    /// <summary>The feeds published in <paramref name="folder"/> (empty for the site's own), in every format.</summary>
    public static IReadOnlyList<FeedFileView> FeedFiles(SiteConfig config, string folder) =>
        [.. FeedFormat.All.Select(f => new FeedFileView(f.Name, config.Absolute(folder + f.Path).AbsoluteUri, f.MediaType))];

    /// <summary>A listing's own feeds for <c>&lt;link rel="alternate"&gt;</c>, titled with <paramref name="name"/> and the site.</summary>
    public static IReadOnlyList<FeedLinkView> FeedLinks(SiteConfig config, string folder, string name) =>
        [.. FeedFormat.All.Select(f => new FeedLinkView($"{name} – {config.Title} ({f.Name})", f.MediaType, config.Absolute(folder + f.Path).AbsoluteUri))];

    /// <summary>The pagination links of <paramref name="page"/>.</summary>
    public static PaginationView Pagination(SiteConfig config, Listings.ListingPage page) => new(
        page.Number,
        page.Count,
        page.PreviousPath is not null,
        page.PreviousPath is { } previous ? config.BasePath + previous : "",
        page.PreviousPath is null ? "" : $"{page.Number - 1} of {page.Count}",
        page.NextPath is not null,
        page.NextPath is { } next ? config.BasePath + next : "",
        page.NextPath is null ? "" : $"{page.Number + 1} of {page.Count}");

    /// <summary>"1 press release", "2 press releases".</summary>
    public static string CountOfReleases(int count) => count == 1 ? "1 press release" : $"{count} press releases";

    /// <summary>"DCMS press office: 020 7211 2210" as the text before the number and the number.</summary>
    public static SplitSentence SplitNumber(string contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var number = contact[(contact.LastIndexOf(':') + 1)..].TrimStart();
        var isNumber = number.Length > 0 && number.Any(char.IsAsciiDigit) && number.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-');
        return isNumber ? new SplitSentence(contact[..^number.Length], number, "") : new SplitSentence(contact, "", "");
    }

    /// <summary>A date for display and for <c>datetime</c> attributes.</summary>
    public static DateView Date(DateTimeOffset date) => new(IsoDate.Iso(date), IsoDate.Display(date));

    /// <summary>A date for a layout, written in the labels' language.</summary>
    public static DateView Date(DateTimeOffset date, Labels labels) => new(IsoDate.Iso(date), labels.Date(date));

    /// <summary>A release, with its body already rendered, its frame from its document (<c>ComposeDocuments</c>).</summary>
    public static ReleaseView Release(SiteConfig config, Release release)
    {
        var meta = release.Metadata;
        var document = release.Document ?? throw new InvalidOperationException("Releases are rendered after ComposeDocuments.");
        return new ReleaseView(
            document.Title,
            document.Standfirst,
            document.Kicker,
            config.BasePath + release.SitePath,
            release.BodyHtml ?? "",
            Date(document.Published, document.Labels),
            Date(document.LastUpdated ?? document.Published, document.Labels),
            document.LastUpdated is not null,
            [.. document.Organisations.Select(o => new TermLinkView(o.Name, config.BasePath + o.SitePath))],
            document.People,
            [.. document.Topics.Select(t => new TermLinkView(t.Name, config.BasePath + t.SitePath))],
            [.. document.History.Select(u => new ChangeNoteView(Date(u.Date, document.Labels), u.Note))],
            document.PressContact ?? "",
            document.Language,
            release.Pdf is not null,
            release.Pdf is { } pdf ? config.BasePath + pdf.SitePath : "",
            release.Pdf is { } sized ? FileSize.Display(sized.Length) : "",
            release.Pdf is { } paged ? document.Labels.PageCount(paged.PageCount) : "")
        {
            Labels = document.Labels,
            AlternativeFormats = document.AlternativeFormats,
            ContactNumber = SplitNumber(document.PressContact ?? ""),
            ListedTitle = ReleaseNotices.ListedTitle(meta, document.Labels),
            IsWithdrawn = document.Withdrawn is not null,
            WithdrawnHeading = document.Withdrawn?.Heading ?? "",
            WithdrawnNote = document.Withdrawn?.Note ?? "",
            IsEmbargoed = release.IsPreviewOfEmbargo,
            EmbargoBanner = release.IsPreviewOfEmbargo && meta.PublishAt is { } at ? ReleaseNotices.EmbargoBanner(at, document.Labels) : "",
        };
    }
}
