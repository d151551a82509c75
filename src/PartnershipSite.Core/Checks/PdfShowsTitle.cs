using PartnershipSite.Checks.PdfUa;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.2 SC 2.4.2 and PDF/UA-1 7.1: the PDF asks viewers to show its title (<c>/ViewerPreferences
/// /DisplayDocTitle true</c>) instead of the file name, and has a title to show.
/// </summary>
internal sealed class PdfShowsTitle : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.1-10", "set the document title and /ViewerPreferences <</DisplayDocTitle true>>, so readers see the title, not the file name (WCAG 2.2 SC 2.4.2)."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var shown = pdf.Get<BooleanToken>(pdf.Get<DictionaryToken>(pdf.Catalog, "ViewerPreferences"), "DisplayDocTitle")?.Data == true;
        var hasTitle = !string.IsNullOrWhiteSpace(pdf.Document.Information.Title);
        if (shown && hasTitle)
        {
            reporter.Pass(this);
            return;
        }
        var problem = shown ? "the PDF asks viewers to show its title but has none (/Title)" : "the PDF does not ask viewers to show its title (/DisplayDocTitle)";
        reporter.FailRule(this, Codes.PdfTitleNotShown, pdf, "7.1-10", "document catalog", problem);
    }
}
