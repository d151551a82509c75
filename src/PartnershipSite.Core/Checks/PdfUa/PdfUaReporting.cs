using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>Reports a broken PDF/UA-1 rule with its id, where in the PDF it is broken and the rule's fix.</summary>
internal static class PdfUaReporting
{
    /// <summary>
    /// Reports rule <paramref name="rule"/> of <paramref name="check"/> as broken at <paramref name="where"/> (a page
    /// and object, e.g. <c>page 2, object 115 0 R</c>) with <paramref name="descriptor"/>, whose message takes the
    /// rule id, the place, the problem and the fix.
    /// </summary>
    public static void FailRule(this CheckReporter reporter, IPdfUaCheck check, DiagnosticDescriptor descriptor, PdfFile pdf, string rule, string where, string problem)
    {
        var coverage = check.Rules.FirstOrDefault(r => r.Id == rule)
            ?? throw new InvalidOperationException($"{check.Name} reports rule {rule}, which it does not list in Rules.");
        reporter.FailWithNote(check, descriptor, pdf.Location, pdf.Note, rule, where, problem, coverage.Fix);
    }
}
