using PartnershipSite.Checks.PdfUa;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 1.3.1 and PDF/UA-1 6.2, 7.1: the PDF is tagged (<c>/MarkInfo /Marked true</c> and a structure tree).</summary>
internal sealed class PdfIsTagged : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("6.2-1", "give the catalog /MarkInfo <</Marked true>>, so readers know the PDF is tagged (WCAG 2.2 SC 1.3.1)."),
        new("7.1-11", "give the catalog a /StructTreeRoot, so screen readers get the PDF's headings, lists and reading order (WCAG 2.2 SC 1.3.1)."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        if (pdf.Get<BooleanToken>(pdf.Get<DictionaryToken>(pdf.Catalog, "MarkInfo"), "Marked")?.Data == true)
        {
            reporter.Pass(this);
        }
        else
        {
            reporter.FailRule(this, Codes.PdfNotTagged, pdf, "6.2-1", "document catalog", "the PDF has no /MarkInfo /Marked true");
        }
        if (pdf.Get<DictionaryToken>(pdf.Catalog, "StructTreeRoot") is not null)
        {
            reporter.Pass(this);
        }
        else
        {
            reporter.FailRule(this, Codes.PdfNotTagged, pdf, "7.1-11", "document catalog", "the PDF has no structure tree (/StructTreeRoot)");
        }
    }
}
