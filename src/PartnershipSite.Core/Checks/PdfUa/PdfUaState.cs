namespace PartnershipSite.Checks.PdfUa;

/// <summary>How far our checks account for a rule of the profile.</summary>
internal enum PdfUaState
{
    /// <summary>A check tests the whole rule.</summary>
    Implemented,

    /// <summary>A check tests the rule, but not every case of it (the limit says which).</summary>
    Partial,

    /// <summary>The rule cannot apply to a PDF the generator makes (the reason says why); <c>check</c> does not test it either.</summary>
    NotApplicable,

    /// <summary>No check tests the rule yet (the reason says why).</summary>
    NotImplemented,
}
