namespace PartnershipSite.Checks.PdfUa;

/// <summary>A rule a check tests, the fix its diagnostics give, and what of the rule the check does not test.</summary>
/// <param name="Id">The rule id, e.g. <c>7.18.3-1</c>.</param>
/// <param name="Fix">How to make a failing PDF keep the rule.</param>
/// <param name="Limit">What the check leaves out, if anything: such a rule is listed as partly implemented.</param>
internal sealed record PdfUaCoverage(string Id, string Fix, string Limit = "");
