using System.Collections.Immutable;
using PartnershipSite.Steps;

namespace PartnershipSite.Engine;

/// <summary>The build, in the order it runs. Adding an output format is adding a step here.</summary>
public static class Pipeline
{
    /// <summary>The steps of a full build.</summary>
    public static ImmutableArray<IStep> Default { get; } =
    [
        new LoadSiteConfig(),
        new LoadContent(),
        new ParseMarkdown(),
        new ParseFrontMatter(),
        new CheckSlugsAreUnique(),
        new RenderMarkdown(),
        new RenderPdf(),
        new LoadTheme(),
        new ApplyLayouts(),
        new RenderHomePage(),
        new RenderNotFoundPage(),
        new BuildFeeds(),
        new BuildSitemap(),
        new WriteRobotsTxt(),
        new CopyAssets(),
        new CopyReleaseFiles(),
        new CheckSite(),
        new WriteOutput(),
    ];
}
