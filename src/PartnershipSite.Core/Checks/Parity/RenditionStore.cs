using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Dom;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// Collects what the parity check compares for each release while the checker has its files open: its page and
/// PDF (each by the key of its findings, and its rendition, read while the file was open or to be read back when
/// needed) and the feeds' entry ids; the feeds themselves are read at the end. Safe to fill from parallel per-file
/// work.
/// </summary>
internal sealed class RenditionStore
{
    private readonly CheckInput _input;
    private readonly ConcurrentDictionary<string, Kept> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Kept> _pdfs = new(StringComparer.Ordinal);
    // By the file itself, as a build's outputs may hold two files at one path.
    private readonly ConcurrentDictionary<OutputFile, ImmutableArray<string>> _feedIds = new((IEqualityComparer<OutputFile>)ReferenceEqualityComparer.Instance);

    public RenditionStore(CheckInput input)
    {
        _input = input;
    }

    /// <summary>The rendition of <paramref name="release"/>'s page from its parsed <paramref name="document"/>, and the blocks its body should show.</summary>
    public static FileRendition ReadPage(Release release, IDocument document, Uri pageUrl, string displayPath, MarkdownSourceMap? body, Uri baseUrl)
    {
        var page = PageRendition.Read(document, displayPath, pageUrl, baseUrl, body is null ? _ => false : body.InBody);
        return new FileRendition(page, [.. HtmlBlocks.ReadFragment(release.BodyHtml, pageUrl)]);
    }

    /// <summary>The rendition of <paramref name="release"/>'s PDF while it is open.</summary>
    public static FileRendition ReadPdf(Release release, PdfFile pdf, Uri baseUrl) =>
        new(PdfRendition.Read(pdf, SiteUrls.PageUrl(baseUrl, pdf.File.Path), new Uri(baseUrl, release.SitePath), pdf.Location.Path), []);

    /// <summary>
    /// Keeps <paramref name="release"/>'s page or PDF (by <paramref name="format"/>): the key its findings were kept
    /// under, which stands for everything its rendition is made from, and how to have its rendition.
    /// </summary>
    public void Add(Release release, ReleaseFormat format, string key, Func<FileRendition> rendition) =>
        (format == ReleaseFormat.Page ? _pages : _pdfs)[release.Source.FullPath] = new Kept(key, rendition);

    /// <summary>Keeps the entry ids of <paramref name="feed"/> in <paramref name="findings"/>, so the feed is read again only for entries it alone gives.</summary>
    public void AddFeed(OutputFile feed, FileFindings findings)
    {
        if (findings.FeedEntries is { } ids)
        {
            _feedIds[feed] = ids;
        }
    }

    /// <summary>
    /// Every release whose page was read, in file order, with a key made from everything its parity check compares
    /// (its page's and PDF's keys and its feed entries) and how to read all its renditions (page, PDF, feed entries).
    /// A feed that cannot be read back is reported to <paramref name="reporter"/> (its entries are then not compared).
    /// </summary>
    public List<ReleaseParity> Releases(CheckReporter reporter, int parallelism)
    {
        var urls = _input.Releases.Values.ToDictionary(r => new Uri(_input.BaseUrl, r.SitePath).AbsoluteUri, r => r, StringComparer.Ordinal);
        var feeds = FeedRenditions.Read(_input.Files, urls.Keys.ToHashSet(StringComparer.Ordinal), _input.DisplayPath,
            (location, why) => reporter.Inform(Codes.ParityFeedUnreadable, location, "", location.Path, why),
            file => _feedIds.TryGetValue(file, out var ids) ? ids : null, parallelism);
        var result = new List<ReleaseParity>();
        foreach (var (url, release) in urls.OrderBy(u => u.Value.Source.FullPath, StringComparer.Ordinal))
        {
            if (!_pages.TryGetValue(release.Source.FullPath, out var page))
            {
                continue;
            }
            var pdf = _pdfs.GetValueOrDefault(release.Source.FullPath);
            var entries = feeds.GetValueOrDefault(url) ?? [];
            var key = ContentHash.Of(JsonSerializer.SerializeToUtf8Bytes(new
            {
                Page = page.Key,
                Pdf = pdf?.Key,
                Entries = entries.Select(e => new[] { e.Format.ToString(), e.Where, e.Hash }),
            }));
            result.Add(new ReleaseParity(release, key, report =>
            {
                // A PDF whose text could not be read back (reported by its checks) is not compared.
                var pageRendition = page.Rendition();
                if (pageRendition.Rendition is null)
                {
                    return null;
                }
                ImmutableArray<Rendition> renditions =
                [
                    pageRendition.Rendition,
                    .. pdf?.Rendition().Rendition is { } pdfRendition ? [pdfRendition] : Array.Empty<Rendition>(),
                    .. entries.Select(e => e.Read((location, why) => report.Inform(Codes.ParityFeedUnreadable, location, "", location.Path, why))).OfType<Rendition>(),
                ];
                return new ReleaseRenditions(release, new Uri(url), pageRendition.Expected, renditions);
            }));
        }
        return result;
    }

    // A release's page or PDF: the key of its findings, and its rendition.
    private sealed record Kept(string Key, Func<FileRendition> Rendition);
}

/// <summary>A release the parity check compares: a key made from everything it compares, and how to read its renditions.</summary>
/// <param name="Release">The release.</param>
/// <param name="Key">The hash of its page's and PDF's findings keys and its feed entries.</param>
/// <param name="Read">Reads its renditions, reporting a feed entry that cannot be read to the reporter given; null when its page's cannot be had.</param>
internal sealed record ReleaseParity(Release Release, string Key, Func<CheckReporter, ReleaseRenditions?> Read);
