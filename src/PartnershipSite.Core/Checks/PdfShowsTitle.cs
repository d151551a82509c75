using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.2 SC 2.4.2 and PDF/UA 7.1: the PDF has a title and asks viewers to show it
/// (<c>/ViewerPreferences /DisplayDocTitle true</c>) instead of the file name.
/// </summary>
public sealed class PdfShowsTitle : IPdfCheck
{
    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var hasTitle = !string.IsNullOrWhiteSpace(pdf.Document.Information.Title);
        var shown = pdf.Get<BooleanToken>(pdf.Get<DictionaryToken>(pdf.Catalog, "ViewerPreferences"), "DisplayDocTitle")?.Data == true;
        if (hasTitle && shown)
        {
            reporter.Pass(this);
            return;
        }
        var problem = hasTitle ? "does not ask viewers to show its title (/DisplayDocTitle)" : "has no title";
        reporter.FailWithNote(this, Codes.PdfTitleNotShown, pdf.Location, pdf.Note, problem);
    }
}
