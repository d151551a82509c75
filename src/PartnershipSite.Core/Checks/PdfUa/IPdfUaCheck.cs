namespace PartnershipSite.Checks.PdfUa;

/// <summary>A PDF check that tests rules of the PDF/UA-1 profile and cites their ids in its diagnostics.</summary>
internal interface IPdfUaCheck : IPdfCheck
{
    /// <summary>The rules the check tests.</summary>
    IReadOnlyList<PdfUaCoverage> Rules { get; }
}
