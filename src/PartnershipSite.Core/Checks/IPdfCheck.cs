namespace PartnershipSite.Checks;

/// <summary>A check run on each PDF output while its parsed document is at hand.</summary>
internal interface IPdfCheck : ICheck
{
    /// <summary>Checks one PDF.</summary>
    void Check(PdfFile pdf, CheckReporter reporter);
}
