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

    /// <summary>Prepares the newest releases (already sorted newest first, drafts excluded) for the feeds.</summary>
    public static FeedChannel From(SiteConfig config, ImmutableArray<Release> releases)
    {
        var entries = releases.Take(Math.Max(0, config.FeedItemLimit)).Select(r => Entry(config, r));
        var updated = releases.IsEmpty ? NoReleasesYet : releases.Max(r => r.Metadata.LastUpdated);
        return new FeedChannel(config, [.. entries], updated);
    }

    /// <summary>The absolute URL of a feed.</summary>
    public Uri UrlOf(FeedFormat format) => Config.Absolute(format.Path);

    private static FeedEntry Entry(SiteConfig config, Release release)
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
