using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.2 SC 2.4.4 and 4.1.2, PDF/UA 7.18.5: every link annotation is tagged (has <c>/StructParent</c>), so
/// screen readers reach it in reading order with its text.
/// </summary>
public sealed class PdfLinksAreTagged : IPdfCheck
{
    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        foreach (var page in pdf.Pages)
        {
            var annotations = pdf.Get<ArrayToken>(page.Dictionary, "Annots");
            foreach (var token in annotations?.Data ?? [])
            {
                if (pdf.Resolve<DictionaryToken>(token) is not { } annotation || pdf.Get<NameToken>(annotation, "Subtype")?.Data != "Link")
                {
                    continue;
                }
                if (annotation.ContainsKey(NameToken.Create("StructParent")))
                {
                    reporter.Pass(this);
                    continue;
                }
                reporter.FailWithNote(this, Codes.PdfLinkNotTagged, pdf.Location, pdf.Note, $"link annotation on page {page.Number}");
            }
        }
    }
}
