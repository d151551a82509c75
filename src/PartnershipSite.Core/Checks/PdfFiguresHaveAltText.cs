using PartnershipSite.Checks.PdfUa;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.2 SC 1.1.1 and PDF/UA-1 7.3, 7.7: every <c>Figure</c> and <c>Formula</c> element of the structure tree
/// (directly or through the role map) has a non-empty <c>/Alt</c> or an <c>/ActualText</c>.
/// </summary>
internal sealed class PdfFiguresHaveAltText : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.3-1", "give every Figure element alternative text (/Alt) from the image's alt text, or mark a decorative image as an artifact (WCAG 2.2 SC 1.1.1)."),
        new("7.7-1", "give every Formula element /Alt (or /ActualText) saying the expression in words (WCAG 2.2 SC 1.1.1)."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        foreach (var element in pdf.Shared(PdfStructure.Read).Elements)
        {
            var rule = element.StandardType switch { "Figure" => "7.3-1", "Formula" => "7.7-1", _ => null };
            if (rule is null)
            {
                continue;
            }
            var alt = pdf.GetString(element.Dictionary, "Alt");
            if (!string.IsNullOrEmpty(alt) || element.Dictionary.ContainsKey(NameToken.Create("ActualText")))
            {
                reporter.Pass(this);
            }
            else
            {
                reporter.FailRule(this, Codes.PdfFigureAltMissing, pdf, rule, element.Where, $"the {element.StandardType} has no /Alt or /ActualText");
            }
        }
    }
}
