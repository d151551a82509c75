using System.Collections.Immutable;
using System.Globalization;
using PartnershipSite.Configuration;
using PartnershipSite.Content;
using PartnershipSite.Text;

namespace PartnershipSite.Feeds;

/// <summary>A release prepared once for every feed format: absolute URLs, body HTML with absolute links.</summary>
/// <param name="Url">The release page's absolute URL; also the entry's permanent id, so it never changes on correction.</param>
/// <param name="Title">The headline.</param>
/// <param name="Summary">The standfirst.</param>
/// <param name="ContentHtml">The body HTML, every URL in it absolute, ended by a link to the PDF when there is one.</param>
/// <param name="Published">First publication.</param>
/// <param name="Updated">The latest change note's date, or first publication.</param>
/// <param name="Topics">One category or tag per topic.</param>
/// <param name="Organisations">The organisations the release is from, the lead first: its authors.</param>
/// <param name="Language">The release's language (BCP 47).</param>
/// <param name="Enclosure">The release's PDF, or null when it has none.</param>
internal sealed record FeedEntry(
    Uri Url,
    string Title,
    string Summary,
    string ContentHtml,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    ImmutableArray<string> Topics,
    ImmutableArray<string> Organisations,
    string Language,
    FeedEnclosure? Enclosure)
{
    /// <summary>
    /// The lead organisation, the one author readers show: feedparser and newsboat keep only one
    /// <c>dc:creator</c> (the last), so the others are contributors. Null when the release names none.
    /// </summary>
    public string? Lead => Organisations.IsEmpty ? null : Organisations[0];

    /// <summary>The organisations after the lead.</summary>
    public IEnumerable<string> Contributors => Organisations.Skip(1);

    /// <summary>The entry of <paramref name="release"/>: parses its body HTML once, the dearest part of writing a feed.</summary>
    public static FeedEntry From(SiteConfig config, Release release) => From(config, release, new FeedHtml());

    /// <summary>The entry of <paramref name="release"/>, its body prepared by <paramref name="html"/>.</summary>
    public static FeedEntry From(SiteConfig config, Release release, FeedHtml html)
    {
        var meta = release.Metadata;
        // The entry's words (notices, the download link) are the composed document's, in the release's language.
        var document = release.Document ?? throw new InvalidOperationException("Feed entries are made after ComposeDocuments.");
        var url = config.Absolute(release.SitePath);
        var enclosure = release.Pdf is { } pdf ? new FeedEnclosure(config.Absolute(pdf.SitePath), pdf.MediaType, pdf.Length, pdf.PageCount) : null;
        var content = html.Rewrite(release.BodyHtml ?? "", url);
        if (document.Withdrawn is { } withdrawn)
        {
            // The entry's content starts with the notice, so a subscriber who opens it sees the withdrawal first.
            content = $"<p><strong>{HtmlText.Encode(withdrawn.Heading)}</strong></p>\n<p>{HtmlText.Encode(withdrawn.Note)}</p>\n{content}";
        }
        if (enclosure is not null)
        {
            // Readers that keep only audio and video enclosures (newsboat; rss-parser on Atom) would never show the PDF.
            // The words are the theme's (labels.yml, the page's download heading), in the release's language.
            content = $"{content}\n{DownloadLink(enclosure, document.Labels)}";
        }
        return new FeedEntry(url, ReleaseNotices.ListedTitle(meta, document.Labels), meta.Summary, content,
            meta.Published, meta.LastUpdated, meta.Topics, meta.Organisations, meta.Language, enclosure);
    }

    /// <summary>The paragraph that ends the content of an entry with a PDF: "Download this release (PDF, 48 KB, 2 pages)", as the page's download block describes it.</summary>
    public static string DownloadLink(FeedEnclosure pdf, Labels labels)
    {
        var label = labels.Download;
        var pages = labels.PageCount(pdf.PageCount);
        var href = System.Net.WebUtility.HtmlEncode(pdf.Url.AbsoluteUri);
        return $"<p><a href=\"{href}\" type=\"{pdf.MediaType}\">{HtmlText.Encode(label)} (PDF, {FileSize.Display(pdf.Length)}, {pages})</a></p>";
    }
}
