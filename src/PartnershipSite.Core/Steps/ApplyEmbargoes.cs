using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>
/// Takes every release whose <c>publish_at</c> is still to come out of the site: no page, listing, feed, sitemap
/// entry, PDF or redirect is made for it. They are kept aside for the embargo audit and the build's report. A preview
/// that asks (<see cref="BuildOptions.ShowEmbargoed"/>) keeps them in, marked, so each page shows its banner.
/// </summary>
internal sealed class ApplyEmbargoes : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Releases);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Embargoes);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var now = context.Now;
        var embargoed = state.Releases.Where(r => r.Metadata.PublishAt is { } at && at > now).ToList();
        // By reference: a release's record equality compares its whole syntax tree.
        var isEmbargoed = embargoed.ToHashSet(ReferenceEqualityComparer.Instance);
        if (embargoed.Count == 0)
        {
            return ValueTask.FromResult(state);
        }
        if (context.Options.ShowEmbargoed)
        {
            var shown = state.Releases.Select(r => isEmbargoed.Contains(r) ? r with { IsPreviewOfEmbargo = true } : r);
            return ValueTask.FromResult(state with { Releases = [.. shown], Embargoed = [.. embargoed] });
        }
        return ValueTask.FromResult(state with { Releases = [.. state.Releases.Where(r => !isEmbargoed.Contains(r))], Embargoed = [.. embargoed] });
    }
}
