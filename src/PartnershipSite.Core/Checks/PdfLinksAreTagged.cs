using PartnershipSite.Checks.PdfUa;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.2 SC 2.4.4 and 4.1.2, PDF/UA-1 7.18.5: every link annotation belongs to a <c>Link</c> element of the
/// structure tree (its <c>/StructParent</c>, looked up in the parent tree), so screen readers reach it in reading
/// order with its text, and describes itself (<c>/Contents</c>). Hidden links and links off the page are exempt.
/// </summary>
internal sealed class PdfLinksAreTagged : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.18.5-1", "put each link annotation in the structure tree as a Link element (an OBJR kid, and its /StructParent in the parent tree) (WCAG 2.2 SC 2.4.4, 4.1.2)."),
        new("7.18.5-2", "give each link annotation /Contents describing where it goes, e.g. the link text."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var structure = pdf.Shared(PdfStructure.Read);
        foreach (var link in pdf.Shared(PdfAnnotation.ReadAll).Where(a => a.Subtype == "Link" && !a.Exempt))
        {
            var key = pdf.Get<NumericToken>(link.Dictionary, "StructParent")?.Int;
            var parent = key is { } k ? structure.ElementOfStructParent(k) : null;
            if (parent?.StandardType == "Link")
            {
                reporter.Pass(this);
            }
            else
            {
                var problem = key is null ? "the link has no /StructParent, so it is not in the structure tree"
                    : parent is null ? $"the link's /StructParent {key} names no element in the parent tree"
                    : $"the link belongs to a {parent.Type} element, not a Link";
                reporter.FailRule(this, Codes.PdfLinkNotTagged, pdf, "7.18.5-1", link.Where, problem);
            }
            if (!string.IsNullOrWhiteSpace(pdf.GetString(link.Dictionary, "Contents")))
            {
                reporter.Pass(this);
            }
            else
            {
                reporter.FailRule(this, Codes.PdfLinkNotTagged, pdf, "7.18.5-2", link.Where, "the link has no /Contents describing it");
            }
        }
    }
}
