using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// Judges one structure element against the rules of a grouping type (lists, tables): each rule kept counts a pass,
/// each rule broken is a diagnostic with the rule id and the element's place. Shared so every grouping check reports
/// the same way.
/// </summary>
internal readonly struct ElementJudge(IPdfUaCheck check, CheckReporter reporter, DiagnosticDescriptor code, PdfFile pdf, StructNode element)
{
    /// <summary>Reports <paramref name="rule"/> as kept, or broken with <paramref name="problem"/>.</summary>
    public void Keep(bool kept, string rule, string problem)
    {
        if (kept)
        {
            reporter.Pass(check);
        }
        else
        {
            reporter.FailRule(check, code, pdf, rule, element.Where, problem);
        }
    }

    /// <summary>Rule <paramref name="rule"/>: the element's kids are only of the <paramref name="allowed"/> types.</summary>
    public void Only(string rule, params string[] allowed)
    {
        var others = StructureRules.KidsOutside(element, allowed);
        Keep(others.Count == 0, rule, $"the {element.StandardType} has {string.Join(", ", others)} kids");
    }
}
