using System.Collections.Immutable;
using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.Steps;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Engine;

/// <summary>Steps declare what they need and provide, and a pipeline in the wrong order fails before it runs.</summary>
public sealed class StepOrderTests
{
    public static TheoryData<string> Pipelines() => ["default", "without publishing", "preview", "skip pdf", "skip checks", "skip both"];

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Every_pipeline_the_tool_runs_is_in_a_right_order(string name)
    {
        var steps = name switch
        {
            "default" => Pipeline.Default,
            "without publishing" => Pipeline.WithoutPublishing,
            "preview" => Pipeline.Preview(new WriteChangedFiles()),
            "skip pdf" => Pipeline.Skipping([SkippableStep.Pdf]),
            "skip checks" => Pipeline.Skipping([SkippableStep.Checks]),
            _ => Pipeline.Skipping([SkippableStep.Pdf, SkippableStep.Checks]),
        };

        Assert.Empty(StepOrder.Problems(steps));
    }

    [Fact]
    public void Every_step_provides_something_and_every_need_has_a_producer()
    {
        var provided = Pipeline.Default.SelectMany(s => s.Provides).ToHashSet();

        Assert.All(Pipeline.Default, s => Assert.NotEmpty(s.Provides));
        Assert.All(Pipeline.Default.SelectMany(s => s.Needs.Concat(s.UsesIfPresent)), f => Assert.Contains(f, provided));
        // Every facet means something to some step: one nobody provides is dead.
        Assert.Equal(Enum.GetValues<Facet>().ToHashSet(), provided);
    }

    [Fact]
    public void A_step_moved_before_its_producer_is_named_with_the_fix()
    {
        var steps = Move<BuildSitemap>(before: typeof(RenderListings));

        var problems = StepOrder.Problems(steps);

        // Every page step it now runs ahead of is named: the sitemap would miss each one's pages.
        Assert.Equal(
        [
            "BuildSitemap reads Pages, but RenderListings provides more of it later: move RenderListings before BuildSitemap.",
            "BuildSitemap reads Pages, but RenderTermIndexes provides more of it later: move RenderTermIndexes before BuildSitemap.",
            "BuildSitemap reads Pages, but RenderSubscribePage provides more of it later: move RenderSubscribePage before BuildSitemap.",
            "BuildSitemap reads Pages, but RenderNotFoundPage provides more of it later: move RenderNotFoundPage before BuildSitemap.",
        ], problems);
    }

    [Fact]
    public void A_need_nobody_meets_is_named()
    {
        var steps = Pipeline.Default.RemoveAll(s => s is LoadTheme);

        var problems = StepOrder.Problems(steps);

        Assert.Contains("ApplyLayouts needs Theme, which no step provides.", problems);
        // ComposeDocuments (for the labels) and the five steps that render pages.
        Assert.Equal(6, problems.Count(p => p.Contains("needs Theme", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_producer_after_its_reader_is_named()
    {
        var steps = Move<LoadTheme>(before: typeof(WriteOutput));

        Assert.Contains("ApplyLayouts needs Theme, which LoadTheme provides only after it: move LoadTheme before ApplyLayouts.", StepOrder.Problems(steps));
    }

    [Fact]
    public void Publishing_before_the_embargo_audit_is_refused()
    {
        // The audit is what keeps an embargoed headline off the site: publishing must never run ahead of it.
        var steps = Move<WriteOutput>(before: typeof(AuditEmbargoes));

        Assert.Contains(StepOrder.Problems(steps), p => p.StartsWith("WriteOutput needs EmbargoAudit", StringComparison.Ordinal));
    }

    [Fact]
    public void Pdfs_rendered_after_the_pages_that_link_them_are_refused_even_though_pdfs_are_optional()
    {
        var steps = Move<RenderPdf>(before: typeof(BuildFeeds));

        var problems = StepOrder.Problems(steps);

        Assert.Contains("ApplyLayouts reads Pdfs, but RenderPdf provides more of it later: move RenderPdf before ApplyLayouts.", problems);
    }

    [Fact]
    public async Task The_builder_refuses_a_wrong_pipeline_before_any_step_runs()
    {
        var site = TestSite.FromRepository();
        var steps = Move<BuildFeeds>(before: typeof(RenderMarkdown));

        var error = await Assert.ThrowsAsync<InvalidPipelineException>(() => site.BuildAsync(steps: steps));

        Assert.Contains("BuildFeeds needs BodyHtml, which RenderMarkdown provides only after it", error.Message, StringComparison.Ordinal);
        Assert.False(site.FileSystem.DirectoryExists("output"));
    }

    private static ImmutableArray<IStep> Move<T>(Type before) where T : IStep
    {
        var step = Pipeline.Default.OfType<T>().Single();
        var rest = Pipeline.Default.Remove(step);
        return rest.Insert(rest.IndexOf(rest.Single(s => s.GetType() == before)), step);
    }
}
