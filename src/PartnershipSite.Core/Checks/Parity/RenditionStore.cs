using System.Collections.Concurrent;
using System.Collections.Immutable;
using AngleSharp.Dom;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// Collects each release's renditions while the checker has its files open (a page while it is parsed for the page
/// checks, a PDF while it is parsed for the PDF checks), so no file is parsed twice for the parity check; the feeds
/// are read once at the end. Safe to fill from parallel per-file work.
/// </summary>
internal sealed class RenditionStore
{
    private readonly CheckInput _input;
    private readonly ConcurrentDictionary<string, (Rendition Page, ImmutableArray<TextBlock> Expected)> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Rendition> _pdfs = new(StringComparer.Ordinal);
    // By the file itself, as a build's outputs may hold two files at one path.
    private readonly ConcurrentDictionary<OutputFile, ImmutableArray<string>> _feedIds = new((IEqualityComparer<OutputFile>)ReferenceEqualityComparer.Instance);

    public RenditionStore(CheckInput input)
    {
        _input = input;
    }

    /// <summary>The rendition of <paramref name="release"/>'s page from its parsed <paramref name="document"/>, and the blocks its body should show.</summary>
    public static (Rendition Page, ImmutableArray<TextBlock> Expected) ReadPage(Release release, IDocument document, Uri pageUrl, string displayPath, MarkdownSourceMap? body, Uri baseUrl)
    {
        var page = PageRendition.Read(document, displayPath, pageUrl, baseUrl, body is null ? _ => false : body.InBody);
        return (page, [.. HtmlBlocks.ReadFragment(release.BodyHtml, pageUrl)]);
    }

    /// <summary>The rendition of <paramref name="release"/>'s PDF while it is open.</summary>
    public static Rendition ReadPdf(Release release, PdfFile pdf, Uri baseUrl) =>
        PdfRendition.Read(pdf, SiteUrls.PageUrl(baseUrl, pdf.File.Path), new Uri(baseUrl, release.SitePath), pdf.Location.Path);

    /// <summary>Keeps the rendition in <paramref name="findings"/> (a release's page or PDF, read by <see cref="ReadPage"/> or <see cref="ReadPdf"/>).</summary>
    public void Add(Release release, FileFindings findings)
    {
        if (findings.Rendition is not { } rendition)
        {
            return;
        }
        if (rendition.Format == ReleaseFormat.Page)
        {
            _pages[release.Source.FullPath] = (rendition, findings.Expected);
        }
        else
        {
            _pdfs[release.Source.FullPath] = rendition;
        }
    }

    /// <summary>Keeps the entry ids of <paramref name="feed"/> in <paramref name="findings"/>, so the feed is read again only for entries it alone gives.</summary>
    public void AddFeed(OutputFile feed, FileFindings findings)
    {
        if (findings.FeedEntries is { } ids)
        {
            _feedIds[feed] = ids;
        }
    }

    /// <summary>
    /// Every release whose page was read, with all its renditions (page, PDF, feed entries), in file order. A feed
    /// that cannot be read back is reported to <paramref name="reporter"/> (its entries are then not compared).
    /// </summary>
    public List<ReleaseRenditions> Releases(CheckReporter reporter, int parallelism)
    {
        var urls = _input.Releases.Values.ToDictionary(r => new Uri(_input.BaseUrl, r.SitePath).AbsoluteUri, r => r, StringComparer.Ordinal);
        var feeds = FeedRenditions.Read(_input.Files, urls.Keys.ToHashSet(StringComparer.Ordinal), _input.DisplayPath,
            (location, why) => reporter.Inform(Codes.ParityFeedUnreadable, location, "", location.Path, why),
            file => _feedIds.TryGetValue(file, out var ids) ? ids : null, parallelism);
        var result = new List<ReleaseRenditions>();
        foreach (var (url, release) in urls.OrderBy(u => u.Value.Source.FullPath, StringComparer.Ordinal))
        {
            if (!_pages.TryGetValue(release.Source.FullPath, out var page))
            {
                continue;
            }
            ImmutableArray<Rendition> renditions =
            [
                page.Page,
                .. _pdfs.TryGetValue(release.Source.FullPath, out var pdf) ? [pdf] : Array.Empty<Rendition>(),
                .. feeds.GetValueOrDefault(url) ?? [],
            ];
            result.Add(new ReleaseRenditions(release, new Uri(url), page.Expected, renditions));
        }
        return result;
    }
}
