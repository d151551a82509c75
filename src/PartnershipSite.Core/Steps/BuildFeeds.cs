using System.Collections.Immutable;
using PartnershipSite.Caching;
using PartnershipSite.Content;
using PartnershipSite.Engine;
using PartnershipSite.Feeds;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// Writes the RSS 2.0, Atom 1.0 and JSON Feed 1.1 feeds of the newest releases, and keeps their entries, written
/// once in each format, for the topic and organisation feeds.
/// </summary>
internal sealed class BuildFeeds : IStep
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
        var config = state.RequireConfig();
        // The site's feeds carry its language; each translation language has its own (cy/feed.xml…), as GOV.UK's do.
        var original = state.Releases.Where(r => !r.IsTranslation).ToImmutableArray();
        var translated = config.TranslationLanguages.Select(language => (Language: language,
            Releases: state.Releases.Where(r => r.IsTranslation && string.Equals(r.Metadata.Language, language, StringComparison.OrdinalIgnoreCase)).ToImmutableArray())).ToList();
        var entries = Prepare(state, FeedChannel.Carried(config, original).Concat(translated.SelectMany(t => FeedChannel.Carried(config, t.Releases))), context);
        var channels = translated
            .Select(t => FeedChannel.ForLanguage(config, t.Language, state.Theme?.LabelsFor(t.Language)?.LanguageName ?? t.Language, t.Releases, r => entries[r.SitePath]))
            .Prepend(FeedChannel.From(config, original, r => entries[r.SitePath]));
        return ValueTask.FromResult((state with { FeedEntries = entries }).AddOutputs(channels.SelectMany(Write)));
    }

    /// <summary>
    /// The build's feed entries with one added for each of <paramref name="releases"/> not written yet: parsed and
    /// written in parallel, and in the preview server reused from the last build while the release is the same object.
    /// </summary>
    internal static ImmutableDictionary<string, PreparedEntry> Prepare(BuildState state, IEnumerable<Release> releases, BuildContext context)
    {
        var config = state.RequireConfig();
        var known = state.FeedEntries;
        var prepared = releases
            .Where(r => !known.ContainsKey(r.SitePath))
            .DistinctBy(r => r.SitePath, StringComparer.Ordinal)
            // In batches, each with one HTML parser: making a parser costs about as much as parsing a body.
            .Chunk(16)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            .SelectMany(batch =>
            {
                var html = new FeedHtml();
                return batch.Select(r => KeyValuePair.Create(r.SitePath,
                    context.Memo(nameof(PreparedEntry), (new Identity(r), config), _ => PreparedEntry.From(config, r, html)))).ToList();
            })
            .ToList();
        return known.SetItems(prepared);
    }

    /// <summary>The three feed files of <paramref name="channel"/>.</summary>
    internal static OutputFile[] Write(FeedChannel channel)
    {
        var provenance = new Provenance(OutputKind.Feed) { LastUpdated = channel.Updated };
        return
        [
            new(channel.PathOf(FeedFormat.Rss), RssFeedWriter.Write(channel), Source, provenance),
            new(channel.PathOf(FeedFormat.Atom), AtomFeedWriter.Write(channel), Source, provenance),
            new(channel.PathOf(FeedFormat.Json), JsonFeedWriter.Write(channel), Source, provenance),
        ];
    }
}
