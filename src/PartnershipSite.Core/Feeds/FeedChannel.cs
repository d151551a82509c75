using System.Collections.Immutable;
using PartnershipSite.Configuration;
using PartnershipSite.Content;

namespace PartnershipSite.Feeds;

/// <summary>What every feed format is written from: the site, its newest releases, and the time of the latest change.</summary>
/// <param name="Config">The site's settings (title, description, base URL, publisher).</param>
/// <param name="Entries">The releases the feeds carry, newest first, at most <see cref="SiteConfig.FeedItemLimit"/>, each written once.</param>
/// <param name="Updated">The latest publication or change of any release; never the build's clock, so output is reproducible.</param>
internal sealed record FeedChannel(SiteConfig Config, ImmutableArray<PreparedEntry> Entries, DateTimeOffset Updated)
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
    public Uri HomePage => Config.Absolute(HomeFolder ?? Folder);

    /// <summary>The folder of the page the feed follows when it is not the feed's own (a language's feeds follow the home page).</summary>
    public string? HomeFolder { get; init; }

    /// <summary>The language of the feed's entries (BCP 47), declared by each format: the site's, or a translation language's.</summary>
    public string Language { get; init; } = Config.Language;

    /// <summary>The releases a feed of <paramref name="releases"/> (sorted newest first, drafts excluded) carries: the newest, up to the limit.</summary>
    public static IEnumerable<Release> Carried(SiteConfig config, ImmutableArray<Release> releases) =>
        releases.Take(Math.Max(0, config.FeedItemLimit));

    /// <summary>The channel of <paramref name="releases"/> (sorted newest first, drafts excluded), with entries from <paramref name="entry"/>.</summary>
    public static FeedChannel From(SiteConfig config, ImmutableArray<Release> releases, Func<Release, PreparedEntry> entry)
    {
        var updated = releases.IsEmpty ? NoReleasesYet : releases.Max(r => r.Metadata.LastUpdated);
        return new FeedChannel(config, [.. Carried(config, releases).Select(entry)], updated);
    }

    /// <summary>The channel of <paramref name="releases"/>, preparing each entry it carries.</summary>
    public static FeedChannel From(SiteConfig config, ImmutableArray<Release> releases) =>
        From(config, releases, r => PreparedEntry.From(config, r));

    /// <summary>
    /// The feeds of the translations into <paramref name="language"/>, in its folder (<c>cy/feed.xml</c>): named by
    /// the language's own name, following the home page (there are no listings in the language).
    /// </summary>
    public static FeedChannel ForLanguage(SiteConfig config, string language, string name, ImmutableArray<Release> releases, Func<Release, PreparedEntry> entry) =>
        From(config, releases, entry) with
        {
            Title = $"{config.Title} ({name})",
            Folder = FolderOf(language),
            HomeFolder = "",
            Language = language,
        };

    /// <summary>The folder of a translation language's feeds: its tag in lower case, <c>cy/</c>.</summary>
    public static string FolderOf(string language) => (language ?? "").ToLowerInvariant() + "/";

    /// <summary>The absolute URL of a feed.</summary>
    public Uri UrlOf(FeedFormat format) => Config.Absolute(Folder + format.Path);

    /// <summary>The site path of a feed file, for publishing it.</summary>
    public string PathOf(FeedFormat format) => Folder + format.Path;

    /// <summary>
    /// The feeds of one term, beside its page: its newest releases, with the same entries (and so the same ids) as the
    /// site's feeds.
    /// </summary>
    public static FeedChannel ForTerm(SiteConfig config, Taxonomy taxonomy, Term term, Func<Release, PreparedEntry> entry) =>
        From(config, term.Releases, entry) with
        {
            Title = $"{term.Name} – {config.Title}",
            Description = taxonomy.Kind == Taxonomy.Organisations
                ? $"Press releases from {term.Name}, on {config.Title}."
                : $"Press releases on the topic {term.Name}, from {config.Title}.",
            Folder = taxonomy.PathOf(term),
        };
}
