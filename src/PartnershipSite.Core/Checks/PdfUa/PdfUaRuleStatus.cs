namespace PartnershipSite.Checks.PdfUa;

/// <summary>A rule of the profile and how our checks account for it.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="State">Implemented, partly, not applicable or not implemented.</param>
/// <param name="Check">The check that tests it, or empty.</param>
/// <param name="Note">The limit of a partial check, or the reason a rule is not tested.</param>
internal sealed record PdfUaRuleStatus(PdfUaRule Rule, PdfUaState State, string Check, string Note);
