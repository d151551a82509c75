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
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Releases, Facet.Translations);

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
        // A published release's translation switch must not name a version still under embargo (its address would leak).
        var hidden = embargoed.Select(r => r.SitePath).ToHashSet(StringComparer.Ordinal);
        var published = state.Releases.Where(r => !isEmbargoed.Contains(r)).Select(r => r.Versions.Any(v => hidden.Contains(v.SitePath))
            ? r with { Versions = Alone(r.Versions.RemoveAll(v => hidden.Contains(v.SitePath))) }
            : r);
        return ValueTask.FromResult(state with { Releases = [.. published], Embargoed = [.. embargoed] });
    }

    // A release left with only itself has no translation to switch to.
    private static System.Collections.Immutable.ImmutableArray<Content.LanguageVersion> Alone(System.Collections.Immutable.ImmutableArray<Content.LanguageVersion> versions) =>
        versions.Length < 2 ? [] : versions;
}
