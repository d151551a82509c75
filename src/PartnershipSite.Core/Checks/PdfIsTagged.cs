using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 1.3.1 and PDF/UA: the PDF is tagged (<c>/MarkInfo /Marked true</c> and a structure tree).</summary>
public sealed class PdfIsTagged : IPdfCheck
{
    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var marked = pdf.Get<BooleanToken>(pdf.Get<DictionaryToken>(pdf.Catalog, "MarkInfo"), "Marked")?.Data == true;
        var tree = pdf.Get<DictionaryToken>(pdf.Catalog, "StructTreeRoot") is not null;
        if (marked && tree)
        {
            reporter.Pass(this);
            return;
        }
        var reason = (marked, tree) switch
        {
            (false, false) => "no /MarkInfo /Marked true and no structure tree",
            (false, true) => "no /MarkInfo /Marked true",
            _ => "no structure tree",
        };
        reporter.FailWithNote(this, Codes.PdfNotTagged, pdf.Location, pdf.Note, reason);
    }
}
