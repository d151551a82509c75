using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Parser;
using PartnershipSite.Content;
using PartnershipSite.IO;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace PartnershipSite.Checks;

/// <summary>
/// What one file's checks find: a page's (parsed with AngleSharp), a PDF's (parsed with PdfPig) and another file's
/// (a feed's links and entries), each as the <see cref="FileFindings"/> a run keeps, with a release page's or PDF's
/// rendition for the parity check; and the renditions made again when a kept file's release is compared again.
/// </summary>
internal sealed partial class SiteChecker
{
    private static FileRendition RenditionOfPage(OutputFile file, Release release, CheckInput input)
    {
        var text = Encoding.UTF8.GetString(file.Content.Span);
        using var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(text);
        return Parity.RenditionStore.ReadPage(release, document, SiteUrls.PageUrl(input.BaseUrl, file.Path), input.DisplayPath(file.Path),
            MarkdownSourceMap.Create(release, text), input.BaseUrl);
    }

    private static FileRendition RenditionOfPdf(OutputFile file, Release release, CheckInput input)
    {
        try
        {
            using var document = PdfDocument.Open(file.Content.ToArray());
            var pdf = new PdfFile(file, document, input.DisplayPath(file.Path), input.MadeFrom(file), url => input.PdfLinkSource(file, url));
            return Parity.RenditionStore.ReadPdf(release, pdf, input.BaseUrl);
        }
#pragma warning disable CA1031 // Reported by the PDF's own checks when it was first read; the parity check then has no PDF to compare.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new FileRendition(null, []);
        }
    }

    // The check that a PDF can be read at all, for the summary.
    private static readonly PdfsAreReadable PdfReadable = new();

    private (FileFindings, FileRendition?) CheckPdf(OutputFile file, Release? release, CheckInput input, CheckReporter reporter, bool parity)
    {
        ImmutableArray<FoundLink> links = [];
        FileRendition? rendition = parity && release is not null ? new FileRendition(null, []) : null;
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
            links = [.. PdfLinks.Extract(pdf)];
            if (parity && release is not null)
            {
                try
                {
                    rendition = Parity.RenditionStore.ReadPdf(release, pdf, input.BaseUrl);
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
        return (new FileFindings(reporter.Log(), links, release?.SitePath, null, null, [], null), rendition);
    }

    // A file that is neither page nor PDF: its links, and for a feed the parity check reads, its entries' ids (an XML
    // feed's collected while its links are read, in one pass over it).
    private static FileFindings ReadOther(OutputFile file, CheckInput input, List<ILinkSource> sources, bool parity)
    {
        var format = parity ? Parity.FeedRenditions.FormatOf(file.Path) : null;
        var collector = format is { } kind ? Parity.EntryIdCollector.For(kind) : null;
        var links = new List<FoundLink>();
        ImmutableArray<string>? ids = null;
        var idsRead = false;
        foreach (var source in sources.Where(s => s.Reads(file.Path)))
        {
            if (source is XmlLinks && collector is not null && !idsRead)
            {
                (var found, ids) = XmlLinks.Read(file, input, collector);
                links.AddRange(found);
                idsRead = true;
            }
            else
            {
                links.AddRange(source.Extract(file, input));
            }
        }
        if (format is not null && !idsRead)
        {
            ids = Parity.FeedRenditions.EntryIds(file);
        }
        return new FileFindings(new CheckLog([], []), [.. links], null, null, null, [], ids);
    }

    private (FileFindings, FileRendition?) ReadPage(OutputFile file, Release? release, CheckInput input, CheckReporter reporter, bool parity)
    {
        var text = Encoding.UTF8.GetString(file.Content.Span);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(text);
        var markdown = release is null ? null : MarkdownSourceMap.Create(release, text);
        var page = new HtmlPage(file, document, input.DisplayPath(file.Path), SiteUrls.PageUrl(input.BaseUrl, file.Path), markdown, input.MadeFrom(file),
            input.LayoutsOf(file) is { IsEmpty: false } layouts ? new LayoutSourceMap(layouts) : null);
        foreach (var check in catalogue.PageChecks)
        {
            check.Check(page, reporter);
        }
        var rendition = parity && release is not null
            ? Parity.RenditionStore.ReadPage(release, document, page.Url, page.DisplayPath, markdown, input.BaseUrl)
            : null;
        var title = document.QuerySelector("head > title") ?? document.QuerySelector("title");
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!)
            .Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return (new FileFindings(
            reporter.Log(),
            [.. HtmlLinks.Extract(page, input.BaseUrl)],
            release?.SitePath,
            string.Join(' ', (title?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            title is null ? new Diagnostics.SourceLocation(page.DisplayPath) : page.LocationOf(title),
            [.. ids],
            null), rendition);
    }
}
