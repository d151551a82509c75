namespace PartnershipSite.Checks;

/// <summary>A check run on each HTML page while its parsed document is at hand.</summary>
internal interface IPageCheck : ICheck
{
    /// <summary>Checks one page, reporting each failure at its element.</summary>
    void Check(HtmlPage page, CheckReporter reporter);
}
