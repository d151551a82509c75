using PartnershipSite.Caching;
using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>Renders each release body to HTML from its Markdown syntax tree, as its document reads it (<c>ComposeDocuments</c> first).</summary>
internal sealed class RenderMarkdown : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.UniqueSlugs, Facet.Embargoes, Facet.Documents);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.BodyHtml);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var rendered = state.Releases
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            .Select(r => context.Memo(nameof(RenderMarkdown), new Identity(r), _ => r with { BodyHtml = Markup.BodyHtml.Render(r.Markdown, context.Markdown, r.Document?.Body ?? Content.ReleaseBody.Whole, r.Document?.Labels) }))
            .ToList();
        return ValueTask.FromResult(state with { Releases = [.. rendered] });
    }
}
