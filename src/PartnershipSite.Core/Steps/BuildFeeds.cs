using PartnershipSite.Engine;
using PartnershipSite.Feeds;

namespace PartnershipSite.Steps;

/// <summary>Writes the RSS 2.0, Atom 1.0 and JSON Feed 1.1 feeds of the newest releases.</summary>
public sealed class BuildFeeds : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.BodyHtml);

    /// <inheritdoc />
    public IReadOnlySet<Facet> UsesIfPresent { get; } = Facets.Of(Facet.Pdfs);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Feeds, Facet.Outputs);

    private const string Source = "input/releases";

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var channel = FeedChannel.From(state.RequireConfig(), state.Releases);
        return ValueTask.FromResult(state.AddOutputs(
        [
            OutputFile.FromText(FeedFormat.Rss.Path, RssFeedWriter.Write(channel), Source),
            OutputFile.FromText(FeedFormat.Atom.Path, AtomFeedWriter.Write(channel), Source),
            OutputFile.FromText(FeedFormat.Json.Path, JsonFeedWriter.Write(channel), Source),
        ]));
    }
}
