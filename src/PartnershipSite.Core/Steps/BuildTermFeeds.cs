using PartnershipSite.Content;
using PartnershipSite.Engine;
using PartnershipSite.Feeds;

namespace PartnershipSite.Steps;

/// <summary>
/// Writes each topic's and organisation's RSS, Atom and JSON feeds beside its page (<c>topics/&lt;slug&gt;/feed.xml</c>,
/// <c>atom.xml</c>, <c>feed.json</c>), with the same writers, entries and ids as the site's feeds.
/// </summary>
public sealed class BuildTermFeeds : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.BodyHtml, Facet.Taxonomies);

    /// <inheritdoc />
    public IReadOnlySet<Facet> UsesIfPresent { get; } = Facets.Of(Facet.Pdfs);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Feeds, Facet.Outputs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var terms = state.Taxonomies.SelectMany(t => t.Terms.Select(term => (Taxonomy: t, Term: term)));
        var files = terms
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            // Every release of the term is an input (the channel's date is the latest change of any of them).
            .SelectMany(t => context.Memo(nameof(BuildTermFeeds),
                (t.Term.Name, t.Taxonomy.PathOf(t.Term), new IdentityList<Release>(t.Term.Releases), config),
                _ => Write(FeedChannel.ForTerm(config, t.Taxonomy, t.Term))))
            .ToList();
        return ValueTask.FromResult(state.AddOutputs(files));
    }

    private const string Source = "input/releases";

    private static OutputFile[] Write(FeedChannel channel) =>
    [
        OutputFile.FromText(channel.PathOf(FeedFormat.Rss), RssFeedWriter.Write(channel), Source),
        OutputFile.FromText(channel.PathOf(FeedFormat.Atom), AtomFeedWriter.Write(channel), Source),
        OutputFile.FromText(channel.PathOf(FeedFormat.Json), JsonFeedWriter.Write(channel), Source),
    ];
}
