using System.Collections.Immutable;

namespace PartnershipSite.Checks;

/// <summary>The checks a run makes, by kind; <see cref="Default"/> lists every check in the order it runs.</summary>
public sealed record CheckCatalogue
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
        LinkSources = [new XmlLinks()],
    };

    /// <summary>The checks for <paramref name="settings"/> (the default set; external links when enabled).</summary>
    public static CheckCatalogue For(CheckSettings settings) => Default;

    /// <summary>Checks run on each parsed HTML page.</summary>
    public ImmutableArray<IPageCheck> PageChecks { get; init; } = [];

    /// <summary>Checks run on every link.</summary>
    public ImmutableArray<ILinkCheck> LinkChecks { get; init; } = [];

    /// <summary>Checks run once over the whole site.</summary>
    public ImmutableArray<ISiteCheck> SiteChecks { get; init; } = [];

    /// <summary>Where links are found besides HTML pages.</summary>
    public ImmutableArray<ILinkSource> LinkSources { get; init; } = [];

    /// <summary>Every check, for the summary.</summary>
    public IEnumerable<ICheck> All =>
        PageChecks.Cast<ICheck>().Concat(LinkChecks).Concat(SiteChecks);
}
