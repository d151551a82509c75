using System.Collections.Immutable;
using PartnershipSite.Configuration;
using PartnershipSite.Content;

namespace PartnershipSite.Feeds;

/// <summary>What every feed format is written from: the site, its newest releases, and the time of the latest change.</summary>
/// <param name="Config">The site's settings (title, description, base URL, publisher).</param>
/// <param name="Entries">The releases the feeds carry, newest first, at most <see cref="SiteConfig.FeedItemLimit"/>.</param>
/// <param name="Updated">The latest publication or change of any release; never the build's clock, so output is reproducible.</param>
public sealed record FeedChannel(SiteConfig Config, ImmutableArray<FeedEntry> Entries, DateTimeOffset Updated)
{
    /// <summary>Stands in for the latest change when a site has no releases yet; Atom requires an <c>updated</c>.</summary>
    public static readonly DateTimeOffset NoReleasesYet = DateTimeOffset.UnixEpoch;

    /// <summary>The feed's title: the site's, or a topic's or organisation's with the site's.</summary>
    public string Title { get; init; } = Config.Title;

    /// <summary>What the feed carries, in a sentence.</summary>
    public string Description { get; init; } = Config.Description;

    /// <summary>The site path of the folder the feed files are written in, and of the page they follow (empty for the site's feeds).</summary>
    public string Folder { get; init; } = "";

    /// <summary>The page the feed follows: the home page, or a term's page. Atom's feed id and every format's home link.</summary>
    public Uri HomePage => Config.Absolute(Folder);

    /// <summary>Prepares the newest releases (already sorted newest first, drafts excluded) for the feeds.</summary>
    public static FeedChannel From(SiteConfig config, ImmutableArray<Release> releases)
    {
        var entries = releases.Take(Math.Max(0, config.FeedItemLimit)).Select(r => Entry(config, r));
        var updated = releases.IsEmpty ? NoReleasesYet : releases.Max(r => r.Metadata.LastUpdated);
        return new FeedChannel(config, [.. entries], updated);
    }

    /// <summary>The absolute URL of a feed.</summary>
    public Uri UrlOf(FeedFormat format) => Config.Absolute(Folder + format.Path);

    /// <summary>The site path of a feed file, for publishing it.</summary>
    public string PathOf(FeedFormat format) => Folder + format.Path;

    /// <summary>
    /// The feeds of one term, beside its page: its newest releases, with the same entries (and so the same ids) as the
    /// site's feeds.
    /// </summary>
    public static FeedChannel ForTerm(SiteConfig config, Taxonomy taxonomy, Term term) => From(config, term.Releases) with
    {
        Title = $"{term.Name} – {config.Title}",
        Description = taxonomy.Kind == Taxonomy.Organisations
            ? $"Press releases from {term.Name}, on {config.Title}."
            : $"Press releases on the topic {term.Name}, from {config.Title}.",
        Folder = taxonomy.PathOf(term),
    };

    /// <summary>
    /// Each release's entry, prepared once however many feeds carry it (the site's and one per topic and
    /// organisation): preparing the content parses the body's HTML, the dearest part of writing a feed.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Release, Tuple<SiteConfig, FeedEntry>> Prepared = [];

    private static FeedEntry Entry(SiteConfig config, Release release)
    {
        if (Prepared.TryGetValue(release, out var known) && ReferenceEquals(known.Item1, config))
        {
            return known.Item2;
        }
        var entry = Compose(config, release);
        Prepared.AddOrUpdate(release, Tuple.Create(config, entry));
        return entry;
    }

    private static FeedEntry Compose(SiteConfig config, Release release)
    {
        var meta = release.Metadata;
        var url = config.Absolute(release.SitePath);
        var enclosure = release.Pdf is { } pdf ? new FeedEnclosure(config.Absolute(pdf.SitePath), pdf.MediaType, pdf.Length) : null;
        var content = FeedHtml.Prepare(release.BodyHtml ?? "", url);
        if (ReleaseNotices.WithdrawnHeading(meta) is { } withdrawn)
        {
            // The entry's content starts with the notice, so a subscriber who opens it sees the withdrawal first.
            content = $"<p><strong>{HtmlText.Encode(withdrawn)}</strong></p>\n<p>{HtmlText.Encode(meta.Withdrawn!.Note)}</p>\n{content}";
        }
        return new FeedEntry(url, ReleaseNotices.ListedTitle(meta), meta.Summary, content,
            meta.Published, meta.LastUpdated, meta.Topics, meta.Organisations, meta.Language, enclosure);
    }
}
