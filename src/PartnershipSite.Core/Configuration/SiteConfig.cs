using System.Collections.Immutable;

namespace PartnershipSite.Configuration;

/// <summary>The site's settings from <c>input/site.yml</c>, with the base URL already resolved.</summary>
public sealed record SiteConfig
{
    /// <summary>The site's name, shown in the header and feeds.</summary>
    public required string Title { get; init; }

    /// <summary>One sentence on what the site publishes, for the home page, feeds and metadata.</summary>
    public required string Description { get; init; }

    /// <summary>The absolute URL the site is served from, always ending in <c>/</c>.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The default language of pages (BCP 47).</summary>
    public required string Language { get; init; }

    /// <summary>
    /// The languages the site publishes in (<c>languages</c>, BCP 47), the site's <see cref="Language"/> first: a
    /// release may have a translation (<c>YYYY-MM-DD-slug.cy.md</c>) in each of the others.
    /// </summary>
    public ImmutableArray<string> Languages
    {
        get => _languages.Length == 0 ? [Language] : [.. _languages.Split(' ')];
        // Kept as text so two configurations read from the same site.yml are equal (a cache key of the preview server).
        init => _languages = string.Join(' ', value);
    }

    private readonly string _languages = "";

    /// <summary>The languages a release may be translated into: <see cref="Languages"/> without the site's own.</summary>
    public IEnumerable<string> TranslationLanguages => Languages.Where(l => !string.Equals(l, Language, StringComparison.OrdinalIgnoreCase));

    /// <summary>The organisation that publishes the site.</summary>
    public required Organisation Publisher { get; init; }

    /// <summary>Who journalists contact, shown on every release unless it names its own.</summary>
    public required string PressOfficeContact { get; init; }

    /// <summary>How readers ask for a document in another format (large print, audio, braille).</summary>
    public required string AccessibleFormatContact { get; init; }

    /// <summary>The absolute path of the theme folder (layouts/ and assets/).</summary>
    public required string ThemeDirectory { get; init; }

    /// <summary>The absolute path of the baseline of accepted warnings (<c>baseline:</c>, relative to the input folder).</summary>
    public required string BaselineFile { get; init; }

    /// <summary>How many releases the feeds carry.</summary>
    public int FeedItemLimit { get; init; } = 20;

    /// <summary>How many releases each listing page shows (<c>page_size</c>): the home page, <c>page/2/</c>, and topic and organisation pages.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>How the build checks run (<c>checks:</c>): severities per code, external link settings.</summary>
    public Configuration.CheckSettings Checks { get; init; } = PartnershipSite.Configuration.CheckSettings.Default;

    /// <summary>The site's path below the host, e.g. <c>/</c> or <c>/news/</c>: the prefix of every internal link.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    /// <summary>An absolute URL for a site path such as <c>releases/x/</c>.</summary>
    public Uri Absolute(string sitePath) => new(BaseUrl, sitePath.TrimStart('/'));

    /// <summary>The document types the site publishes.</summary>
    public static readonly ImmutableArray<string> DocumentTypes = Content.DocumentTypes.All;
}

/// <summary>An organisation: its full name, the short form readers know, and its web address.</summary>
public sealed record Organisation(string Name, string? Abbreviation = null, Uri? Url = null);
