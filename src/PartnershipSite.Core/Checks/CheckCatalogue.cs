using System.Collections.Immutable;
using PartnershipSite.Checks.PdfUa;

namespace PartnershipSite.Checks;

/// <summary>The checks a run makes, by kind; <see cref="Default"/> lists every check in the order it runs.</summary>
internal sealed record CheckCatalogue
{
    /// <summary>Every check (external links not requested).</summary>
    public static CheckCatalogue Default { get; } = new()
    {
        PageChecks =
        [
            new PageLanguageIsSet(),
            new LanguageChangesAreValid(),
            new PagesHaveTitles(),
            new PageHasOneMainHeading(),
            new HeadingsDoNotSkipLevels(),
            new ImagesHaveAltText(),
            new LinksHaveAccessibleNames(),
            new ButtonsHaveAccessibleNames(),
            new LinkTextIsDescriptive(),
            new IdsAreUnique(),
            new ContentIsInLandmarks(),
            new SkipLinkReachesMain(),
            new TablesHaveHeaders(),
            new TabOrderFollowsThePage(),
            new PageDoesNotRefresh(),
            new ZoomIsNotBlocked(),
        ],
        LinkChecks =
        [
            new LinksAreNotPlaceholders(),
            new LinksAreWellFormed(),
            new MailAndPhoneLinksAreValid(),
            new InternalLinksResolve(),
            new LinksUseHttps(),
        ],
        SiteChecks = [new TitlesAreUnique()],
        // The PDF/UA-1 rule families (docs/pdfua-rules.md lists which rule each tests); they share one parse per PDF.
        PdfChecks =
        [
            new PdfFileIsWellFormed(),
            new PdfIsTagged(),
            new PdfMetadataIdentifiesPdfUa(),
            new PdfDeclaresLanguage(),
            new PdfShowsTitle(),
            new PdfFontsAreEmbedded(),
            new PdfFiguresHaveAltText(),
            new PdfLinksAreTagged(),
            new PdfAnnotationsAreAccessible(),
            new PdfStructureIsWellFormed(),
            new PdfFeaturesAreAccessible(),
            new PdfTablesAreWellFormed(),
            new PdfListsAreWellFormed(),
            new PdfHeadingsAreNested(),
            new PdfFontsAreAccessible(),
            new PdfContentIsTagged(),
        ],
        ReleaseChecks =
        [
            new SentencesAreShort(),
            new HeadingsUseSentenceCase(),
            new AcronymsAreExpanded(),
        ],
        FormatChecks = [new ReleaseFormatsAgree()],
        LinkSources = [new XmlLinks(), new PdfLinks(), new RobotsTxtLinks()],
    };

    /// <summary>The default checks and the external link check, which requests links only when enabled in its settings.</summary>
    public static CheckCatalogue WithExternalLinks(IO.IFileSystem fileSystem, TimeProvider clock, HttpMessageHandler? handler = null) =>
        Default with { ExternalLinks = new ExternalLinksResolve(fileSystem, clock, handler) };

    /// <summary>Checks run on each parsed HTML page.</summary>
    public ImmutableArray<IPageCheck> PageChecks { get; init; } = [];

    /// <summary>Checks run on every link.</summary>
    public ImmutableArray<ILinkCheck> LinkChecks { get; init; } = [];

    /// <summary>Checks run once over the whole site.</summary>
    public ImmutableArray<ISiteCheck> SiteChecks { get; init; } = [];

    /// <summary>Checks run on each PDF output.</summary>
    public ImmutableArray<IPdfCheck> PdfChecks { get; init; } = [];

    /// <summary>Checks run on each release's Markdown (builds only).</summary>
    public ImmutableArray<IReleaseCheck> ReleaseChecks { get; init; } = [];

    /// <summary>Checks run on each release across its formats (builds only).</summary>
    public ImmutableArray<IFormatCheck> FormatChecks { get; init; } = [];

    /// <summary>Where links are found besides HTML pages.</summary>
    public ImmutableArray<ILinkSource> LinkSources { get; init; } = [];

    /// <summary>The check of external links over the network (skips them unless enabled).</summary>
    public ExternalLinksResolve? ExternalLinks { get; init; }

    /// <summary>Every check, for the summary.</summary>
    public IEnumerable<ICheck> All =>
        PageChecks.Cast<ICheck>().Concat(LinkChecks).Concat(SiteChecks).Concat(PdfChecks).Concat(ReleaseChecks).Concat(FormatChecks).Concat(ExternalLinks is null ? [] : [ExternalLinks]);
}
