using System.Collections.Frozen;
using System.Collections.Immutable;
using PartnershipSite.Content;
using PartnershipSite.IO;
using PartnershipSite.Progress;

namespace PartnershipSite.Checks;

/// <summary>
/// Runs the checks over a site: each HTML page is parsed once (in parallel) for its page checks, its links and
/// its ids, and each PDF once for its PDF checks and its links; then the link checks run over every link and the
/// site checks over the whole. The same checker serves the build (over outputs in memory) and the <c>check</c>
/// command (over a folder on disk).
/// </summary>
/// <param name="catalogue">The checks to run.</param>
/// <param name="memo">
/// Where a build keeps what the checks found between builds: each file's <see cref="FileFindings"/> by output path
/// and a key made from everything its checks are given (<see cref="FindingsKeys"/>), so a file whose key is unchanged is not
/// parsed again and its findings are replayed; and each release's parity findings, by a key made from its page's and
/// PDF's keys and its feed entries, so a release none of whose formats changed is not read for it. Null keeps nothing.
/// </param>
internal sealed partial class SiteChecker(CheckCatalogue catalogue, ICheckMemo? memo = null)
{
    private readonly ICheckMemo _memo = memo ?? ICheckMemo.None;

    /// <summary>Runs every check, reporting to <paramref name="reporter"/>, and returns each check's tally.</summary>
    public async Task<ImmutableArray<CheckSummary>> RunAsync(CheckInput input, CheckReporter reporter, int parallelism, CancellationToken cancellationToken,
        ProgressReporter? progress = null)
    {
        progress ??= ProgressReporter.None;
        // The formats are read back only for a check that may report: a site that turns the parity codes off pays nothing.
        var renditions = input.Releases.Count == 0 || catalogue.FormatChecks.SelectMany(c => c.Descriptors).All(d => reporter.Settings.SeverityOf(d) is null)
            ? null : new Parity.RenditionStore(input);
        foreach (var check in catalogue.All.Append(PdfReadable))
        {
            reporter.Register(check);
        }
        var keys = new FindingsKeys(catalogue, reporter, input.BaseUrl, renditions is not null);
        var html = input.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        progress.Items("pages checked", html.Count);
        var pages = html
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, parallelism)).WithCancellation(cancellationToken)
            .Select(file =>
            {
                var release = input.ReleaseOf(file, OutputKind.ReleasePage);
                var page = FindReleaseFile(file, release, Parity.ReleaseFormat.Page, input, reporter, keys, renditions,
                    () => ReadPage(file, release, input, reporter.ForOneFile(), renditions is not null), r => RenditionOfPage(file, r, input));
                progress.ItemDone();
                return (file.Path, Findings: page);
            })
            .ToList();
        // PDF checks parse each PDF: CPU work per file, in parallel; its links are read while it is open.
        var pdfs = input.Files.Where(f => f.Path.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        progress.Items("PDFs checked", pdfs.Count);
        // Each file's links, by the file itself: a build's outputs may hold two files at one path (the later is
        // published), and each is checked.
        var linksOf = new Dictionary<OutputFile, ImmutableArray<FoundLink>>(ReferenceEqualityComparer.Instance);
        foreach (var (file, links) in pdfs
            .AsParallel().WithDegreeOfParallelism(Math.Max(1, parallelism)).WithCancellation(cancellationToken)
            .Select(file =>
            {
                var release = input.ReleaseOf(file, OutputKind.Pdf);
                var pdf = FindReleaseFile(file, release, Parity.ReleaseFormat.Pdf, input, reporter, keys, renditions,
                    () => CheckPdf(file, release, input, reporter.ForOneFile(), renditions is not null), r => RenditionOfPdf(file, r, input));
                progress.ItemDone();
                return (File: file, pdf.Links);
            })
            .ToList())
        {
            linksOf[file] = catalogue.LinkSources.OfType<PdfLinks>().Any() ? links : [];
        }
        // The other files with links (feeds, the sitemap, robots.txt) or entries the parity check reads (feeds): read
        // once each, in parallel, and kept like a page.
        var sources = catalogue.LinkSources.Where(s => s is not PdfLinks).ToList();
        foreach (var (file, findings) in input.Files
            .Where(f => !linksOf.ContainsKey(f) && !f.Path.EndsWith(".html", StringComparison.Ordinal)
                && (sources.Any(s => s.Reads(f.Path)) || (renditions is not null && Parity.FeedRenditions.FormatOf(f.Path) is not null)))
            .AsParallel().WithDegreeOfParallelism(Math.Max(1, parallelism)).WithCancellation(cancellationToken)
            .Select(file => (File: file, Find(file, null, input, reporter, keys, () => ReadOther(file, input, sources, renditions is not null)).Findings))
            .ToList())
        {
            linksOf[file] = findings.Links;
            renditions?.AddFeed(file, findings);
        }
        // A release's PDF repeats the links of its page, made from the same Markdown: those are checked once, on the
        // page, where they are located in the Markdown. The PDF's other links are checked here.
        // They are compared resolved: the page writes "../b/" where its PDF writes the absolute URL.
        var pageTargets = pages.Where(p => p.Findings.Release is not null).GroupBy(p => p.Findings.Release!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Findings.Links).Select(Resolved).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var pdfReleases = input.Files.Where(f => f.Provenance is { Kind: OutputKind.Pdf, Release: not null })
            .ToLookup(f => f.Path, f => f.Provenance.Release!, StringComparer.Ordinal);
        // The links of the files other than pages, in the files' order.
        var otherLinks = input.Files
            .SelectMany(file => linksOf.TryGetValue(file, out var links) ? links : [])
            .Select(link => SiteUrls.Classify(link, SiteUrls.PageUrl(input.BaseUrl, link.OutputPath), input.BaseUrl))
            .Where(link => !pdfReleases[link.OutputPath].Any(release =>
                pageTargets.TryGetValue(release, out var targets) && targets.Contains(Resolved(link))));
        var site = new SiteIndex(
            input.BaseUrl,
            input.Files.Select(f => f.Path).ToFrozenSet(StringComparer.Ordinal),
            pages.Select(p => p.Findings.FactsAt(p.Path)!).ToFrozenDictionary(f => f.Path, StringComparer.Ordinal),
            [.. pages.SelectMany(p => p.Findings.Links), .. otherLinks],
            input.DisplayPath)
        {
            Redirects = input.Files.FirstOrDefault(f => f.Path == Feeds.NetlifyRedirects.Path) is { } redirects
                ? Feeds.NetlifyRedirects.Read(Text.Utf8.Strict.GetString(redirects.Content.Span))
                : System.Collections.Frozen.FrozenDictionary<string, string>.Empty,
        };
        foreach (var link in site.Links)
        {
            // Hundreds of thousands of links at 10,000 releases: the preview cancels a rebuild a newer edit supersedes.
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var check in catalogue.LinkChecks)
            {
                check.Check(link, site, reporter);
            }
        }
        // Prose checks are CPU work per release; the reporter is thread-safe and diagnostics are sorted at the end.
        input.Releases.Values
            .AsParallel().WithDegreeOfParallelism(Math.Max(1, parallelism)).WithCancellation(cancellationToken)
            .ForAll(release =>
            {
                foreach (var check in catalogue.ReleaseChecks)
                {
                    check.Check(release, reporter);
                }
            });
        // Parity: each release's page, PDF and feed entries compared, per release; a release none of whose formats
        // changed has its findings replayed, and its renditions are not read.
        renditions?.Releases(reporter, parallelism)
            .AsParallel().WithDegreeOfParallelism(Math.Max(1, parallelism)).WithCancellation(cancellationToken)
            .ForAll(release => reporter.Replay(_memo.Remember(ICheckMemo.Parity, release.Release.Source.FullPath, release.Key, () =>
            {
                var own = reporter.ForOneFile();
                if (release.Read(own) is { } read)
                {
                    foreach (var check in catalogue.FormatChecks)
                    {
                        check.Check(read, own);
                    }
                }
                return own.Log();
            })));
        foreach (var check in catalogue.SiteChecks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            check.Check(site, reporter);
        }
        if (catalogue.ExternalLinks is { } external)
        {
            await external.CheckAsync(site, reporter, cancellationToken).ConfigureAwait(false);
        }
        return reporter.Summaries();
    }

    // One file's findings, kept or found, replayed into the run's reporter; with the key they are kept under.
    private (FileFindings Findings, string Key) Find(OutputFile file, Release? release, CheckInput input, CheckReporter reporter, FindingsKeys keys,
        Func<FileFindings> find)
    {
        var key = keys.Of(file, release, input);
        var findings = _memo.Remember(ICheckMemo.Files, file.Path, key, find);
        reporter.Replay(findings.Log);
        return (findings, key);
    }

    // A page's or PDF's findings, kept or found; for a release's, its rendition is handed to the parity check (the one
    // `read` made while the file was open, or one made again from the file if the release's parity is checked again).
    private FileFindings FindReleaseFile(OutputFile file, Release? release, Parity.ReleaseFormat format, CheckInput input, CheckReporter reporter,
        FindingsKeys keys, Parity.RenditionStore? renditions, Func<(FileFindings, FileRendition?)> read, Func<Release, FileRendition> reread)
    {
        FileRendition? made = null;
        var (findings, key) = Find(file, release, input, reporter, keys, () =>
        {
            var (found, rendition) = read();
            made = rendition;
            return found;
        });
        if (release is not null)
        {
            renditions?.Add(release, format, key, RenditionOf(made, () => reread(release)));
        }
        return findings;
    }

    // How the parity check has a release page's or PDF's rendition: the one just made, else made again from the file
    // when the release's parity is checked again (only a release whose page, PDF or feed entries changed, or all of
    // them when the feeds' layout did, which is then as costly as checking them afresh).
    private static Func<FileRendition> RenditionOf(FileRendition? made, Func<FileRendition> reread) =>
        made is not null ? () => made : reread;

    // A classified link's target in one form for every output: its absolute URL, or as written (mailto:, tel:…).
    private static string Resolved(FoundLink link) => link.Url?.AbsoluteUri ?? link.Target.Trim();
}
