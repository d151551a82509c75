using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 3.1.1: the PDF's catalog names its language (<c>/Lang</c>) as a valid BCP 47 tag.</summary>
public sealed class PdfDeclaresLanguage : IPdfCheck
{
    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var lang = pdf.Get<StringToken>(pdf.Catalog, "Lang")?.Data?.Trim();
        if (lang is { Length: > 0 } && LanguageTag.IsValid(lang))
        {
            reporter.Pass(this);
            return;
        }
        var problem = string.IsNullOrEmpty(lang) ? "has no /Lang" : $"has /Lang '{lang}', which is not a valid language tag";
        reporter.FailWithNote(this, Codes.PdfLanguageMissing, pdf.Location, pdf.Note, problem);
    }
}
