using System.Collections.Immutable;
using PartnershipSite.Engine;
using PartnershipSite.Steps;

namespace PartnershipSite.Build;

/// <summary>The build, in the order it runs. Adding an output format is adding a step here.</summary>
public static class Pipeline
{
    /// <summary>The steps of a full build, in an order checked against what each needs and provides (<see cref="StepOrder"/>).</summary>
    public static ImmutableArray<IStep> Default { get; } = StepOrder.Checked(
    [
        new RecoverInterruptedPublish(),
        new LoadSiteConfig(),
        new LoadContent(),
        new ParseMarkdown(),
        new ParseFrontMatter(),
        new CheckSlugsAreUnique(),
        new PairTranslations(),
        new ApplyEmbargoes(),
        // The theme's labels are part of each release's document, which the body HTML and the PDF render.
        new LoadTheme(),
        new ComposeDocuments(),
        new RenderMarkdown(),
        new RenderPdf(),
        new CopyAssets(),
        new FingerprintAssets(),
        new CopyReleaseFiles(),
        new ApplyLayouts(),
        new BuildTaxonomies(),
        new RenderListings(),
        new RenderTermIndexes(),
        new RenderSubscribePage(),
        new RenderNotFoundPage(),
        new BuildFeeds(),
        new BuildTermFeeds(),
        new BuildSitemap(),
        new WriteRobotsTxt(),
        new WriteRedirects(),
        new AuditEmbargoes(),
        new CheckSite(),
        new WriteOutput(),
    ]);

    /// <summary>
    /// Every step of <see cref="Default"/> except the two that touch the output folder (<see cref="RecoverInterruptedPublish"/>
    /// and <see cref="WriteOutput"/>): the site is made in memory and not
    /// published, for callers that publish their own way (the preview server adds <see cref="WriteChangedFiles"/>).
    /// </summary>
    public static ImmutableArray<IStep> WithoutPublishing { get; } = [.. Default.Where(step => step is not (WriteOutput or RecoverInterruptedPublish))];

    /// <summary>
    /// The preview server's rebuild: <see cref="WithoutPublishing"/> with <paramref name="writer"/> just before
    /// <see cref="CheckSite"/>. Every step before the writer reuses the build cache's work for what did not change,
    /// but the checks read every page and PDF of the site, which at 10,000 releases takes a minute: so an edit is
    /// written (and served) first, and the checks' findings follow when they are done.
    /// </summary>
    public static ImmutableArray<IStep> Preview(WriteChangedFiles writer) =>
        StepOrder.Checked(WithoutPublishing.Insert(WithoutPublishing.IndexOf(WithoutPublishing.OfType<CheckSite>().Single()), writer));

    /// <summary>The full build without the steps named: <see cref="SkippableStep.Pdf"/> removes <c>RenderPdf</c>,
    /// <see cref="SkippableStep.Checks"/> removes <c>CheckSite</c>; every other step still runs, in the same order.</summary>
    public static ImmutableArray<IStep> Skipping(IEnumerable<SkippableStep> skipped)
    {
        var set = skipped.ToHashSet();
        return Default.RemoveAll(step => step switch
        {
            RenderPdf => set.Contains(SkippableStep.Pdf),
            CheckSite => set.Contains(SkippableStep.Checks),
            _ => false,
        });
    }
}
