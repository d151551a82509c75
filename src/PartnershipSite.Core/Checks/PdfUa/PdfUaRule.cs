namespace PartnershipSite.Checks.PdfUa;

/// <summary>One rule of veraPDF's PDF/UA-1 profile: its clause of ISO 14289-1, its test number and what it asks.</summary>
/// <param name="Clause">The clause, e.g. <c>7.18.3</c>.</param>
/// <param name="Test">The test number within the clause.</param>
/// <param name="ModelObject">The object of veraPDF's model the rule tests (e.g. <c>PDPage</c>).</param>
/// <param name="Description">The first sentence of the rule's description.</param>
internal sealed record PdfUaRule(string Clause, int Test, string ModelObject, string Description)
{
    /// <summary>The rule id as veraPDF reports it: clause and test number, e.g. <c>7.18.3-1</c>.</summary>
    public string Id => $"{Clause}-{Test}";
}
