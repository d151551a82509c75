using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>Renders each release body to HTML from its Markdown syntax tree.</summary>
public sealed class RenderMarkdown : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.UniqueSlugs, Facet.Embargoes);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.BodyHtml);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var rendered = state.Releases
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            .Select(r => context.Memo(nameof(RenderMarkdown), new Identity(r), _ => r with { BodyHtml = Markdig.Markdown.ToHtml(r.Markdown, context.Markdown) }))
            .ToList();
        return ValueTask.FromResult(state with { Releases = [.. rendered] });
    }
}
