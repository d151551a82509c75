using PartnershipSite.Caching;
using PartnershipSite.Content;
using PartnershipSite.Engine;
using PartnershipSite.Feeds;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// Writes each topic's and organisation's RSS, Atom and JSON feeds beside its page (<c>topics/&lt;slug&gt;/feed.xml</c>,
/// <c>atom.xml</c>, <c>feed.json</c>), with the same writers, entries and ids as the site's feeds: an entry the site's
/// feeds already carry is not written again.
/// </summary>
internal sealed class BuildTermFeeds : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.BodyHtml, Facet.Taxonomies);

    /// <inheritdoc />
    /// <remarks>Feeds: the entries the site's feeds wrote (<see cref="BuildState.FeedEntries"/>) are reused, not written again.</remarks>
    public IReadOnlySet<Facet> UsesIfPresent { get; } = Facets.Of(Facet.Pdfs, Facet.Feeds);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Feeds, Facet.Outputs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var terms = state.Taxonomies.SelectMany(t => t.Terms.Select(term => (Taxonomy: t, Term: term))).ToList();
        // A term lists the release as the taxonomy saw it; its entry is written from the release as it is now.
        var current = new Dictionary<string, Release>(StringComparer.Ordinal);
        foreach (var release in state.Releases)
        {
            current.TryAdd(release.SitePath, release);
        }
        var carried = terms.SelectMany(t => FeedChannel.Carried(config, t.Term.Releases))
            .Select(r => current.GetValueOrDefault(r.SitePath, r));
        var entries = BuildFeeds.Prepare(state, carried, context);
        var files = terms
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            // Every release of the term is an input (the channel's date is the latest change of any of them).
            .SelectMany(t => context.Memo(nameof(BuildTermFeeds),
                (t.Term.Name, t.Taxonomy.PathOf(t.Term), new IdentityList<Release>(t.Term.Releases), config),
                _ => BuildFeeds.Write(FeedChannel.ForTerm(config, t.Taxonomy, t.Term, r => entries[r.SitePath]))))
            .ToList();
        return ValueTask.FromResult((state with { FeedEntries = entries }).AddOutputs(files));
    }
}
