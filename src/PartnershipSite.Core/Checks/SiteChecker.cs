using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Parser;
using PartnershipSite.IO;
using PartnershipSite.Progress;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace PartnershipSite.Checks;

/// <summary>
/// Runs the checks over a site: each HTML page is parsed once (in parallel) for its page checks, its links and
/// its ids; then the link checks run over every link and the site checks over the whole. The same checker serves
/// the build (over outputs in memory) and the <c>check</c> command (over a folder on disk).
/// </summary>
internal sealed class SiteChecker(CheckCatalogue catalogue)
{
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
        var html = input.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        progress.Items("pages checked", html.Count);
        var pages = html
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, parallelism)).WithCancellation(cancellationToken)
            .Select(file => { var page = ReadPage(file, input, reporter, renditions); progress.ItemDone(); return page; })
            .ToList();
        // A release's PDF repeats the links of its page, made from the same Markdown: those are checked once, on the
        // page, where they are located in the Markdown. The PDF's other links are checked here.
        // They are compared resolved: the page writes "../b/" where its PDF writes the absolute URL.
        var pageTargets = pages.Where(p => p.Release is not null).GroupBy(p => p.Release!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Links).Select(Resolved).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var pdfReleases = input.Files.Where(f => f.Provenance is { Kind: OutputKind.Pdf, Release: not null })
            .ToLookup(f => f.Path, f => f.Provenance.Release!, StringComparer.Ordinal);
        // Reading a PDF's links means parsing the PDF: CPU work per file, in parallel, in the files' order.
        var otherLinks = input.Files
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, parallelism)).WithCancellation(cancellationToken)
            .SelectMany(file => catalogue.LinkSources.Where(s => s.Reads(file.Path)).SelectMany(s => s.Extract(file, input)))
            .Select(link => SiteUrls.Classify(link, SiteUrls.PageUrl(input.BaseUrl, link.OutputPath), input.BaseUrl))
            .Where(link => !pdfReleases[link.OutputPath].Any(release =>
                pageTargets.TryGetValue(release, out var targets) && targets.Contains(Resolved(link))));
        var site = new SiteIndex(
            input.BaseUrl,
            input.Files.Select(f => f.Path).ToFrozenSet(StringComparer.Ordinal),
            pages.ToFrozenDictionary(p => p.Facts.Path, p => p.Facts, StringComparer.Ordinal),
            [.. pages.SelectMany(p => p.Links), .. otherLinks],
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
        // PDF checks parse each PDF: CPU work per file; the reporter is thread-safe and diagnostics are sorted at the end.
        var pdfs = input.Files.Where(f => f.Path.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        progress.Items("PDFs checked", pdfs.Count);
        pdfs.AsParallel().WithDegreeOfParallelism(Math.Max(1, parallelism)).WithCancellation(cancellationToken)
            .ForAll(file => { CheckPdf(file, input, reporter, renditions); progress.ItemDone(); });
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
        // Parity: each release's page, PDF and feed entries, read while their files were open, compared per release.
        renditions?.Releases(reporter)
            .AsParallel().WithDegreeOfParallelism(Math.Max(1, parallelism)).WithCancellation(cancellationToken)
            .ForAll(release =>
            {
                foreach (var check in catalogue.FormatChecks)
                {
                    check.Check(release, reporter);
                }
            });
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

    // A classified link's target in one form for every output: its absolute URL, or as written (mailto:, tel:…).
    private static string Resolved(FoundLink link) => link.Url?.AbsoluteUri ?? link.Target.Trim();

    // The check that a PDF can be read at all, for the summary.
    private static readonly PdfsAreReadable PdfReadable = new();

    private void CheckPdf(OutputFile file, CheckInput input, CheckReporter reporter, Parity.RenditionStore? renditions)
    {
        try
        {
            using var document = PdfDocument.Open(file.Content.ToArray());
            var pdf = new PdfFile(file, document, input.DisplayPath(file.Path), input.MadeFrom(file), url => input.PdfLinkSource(file, url));
            reporter.Pass(PdfReadable);
            foreach (var check in catalogue.PdfChecks)
            {
                try
                {
                    check.Check(pdf, reporter);
                }
#pragma warning disable CA1031 // A PDF from elsewhere may be malformed in ways PdfPig meets with any exception: report it, never crash the run.
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    reporter.FailWithNote(PdfReadable, Diagnostics.Codes.PdfUnreadable, new Diagnostics.SourceLocation(input.DisplayPath(file.Path)), $"in {file.Path}", $"{check.Name} failed on it: {e.Message}");
                }
            }
            if (renditions is not null && input.ReleaseOf(file, OutputKind.Pdf) is { } release)
            {
                try
                {
                    renditions.AddPdf(release, pdf);
                }
#pragma warning disable CA1031 // As above: a malformed PDF is reported, and the parity check then has no PDF to compare.
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    reporter.FailWithNote(PdfReadable, Diagnostics.Codes.PdfUnreadable, new Diagnostics.SourceLocation(input.DisplayPath(file.Path)), $"in {file.Path}", $"its text could not be read back: {e.Message}");
                }
            }
        }
        catch (Exception e) when (e is PdfDocumentFormatException or UglyToad.PdfPig.Fonts.InvalidFontFormatException)
        {
            // Never a silent pass: a PDF that cannot be read cannot be shown to have kept any rule.
            reporter.FailWithNote(PdfReadable, Diagnostics.Codes.PdfUnreadable, new Diagnostics.SourceLocation(input.DisplayPath(file.Path)), $"in {file.Path}", e.Message);
        }
    }

    private (PageFacts Facts, ImmutableArray<FoundLink> Links, string? Release) ReadPage(OutputFile file, CheckInput input, CheckReporter reporter, Parity.RenditionStore? renditions)
    {
        var text = Encoding.UTF8.GetString(file.Content.Span);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(text);
        var release = input.ReleaseOf(file, OutputKind.ReleasePage);
        var markdown = release is null ? null : MarkdownSourceMap.Create(release, text);
        var page = new HtmlPage(file, document, input.DisplayPath(file.Path), SiteUrls.PageUrl(input.BaseUrl, file.Path), markdown, input.MadeFrom(file),
            input.LayoutsOf(file) is { IsEmpty: false } layouts ? new LayoutSourceMap(layouts) : null);
        foreach (var check in catalogue.PageChecks)
        {
            check.Check(page, reporter);
        }
        if (release is not null)
        {
            renditions?.AddPage(release, document, page.Url, page.DisplayPath, markdown);
        }
        var title = document.QuerySelector("head > title") ?? document.QuerySelector("title");
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!)
            .Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!))
            .ToFrozenSet(StringComparer.Ordinal);
        var facts = new PageFacts(
            file.Path,
            string.Join(' ', (title?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            title is null ? new Diagnostics.SourceLocation(page.DisplayPath) : page.LocationOf(title),
            ids);
        return (facts, [.. HtmlLinks.Extract(page, input.BaseUrl)], release?.SitePath);
    }
}
