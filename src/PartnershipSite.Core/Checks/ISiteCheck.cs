namespace PartnershipSite.Checks;

/// <summary>A check that needs every page at once (e.g. titles are unique across the site).</summary>
internal interface ISiteCheck : ICheck
{
    /// <summary>Checks the whole site.</summary>
    void Check(SiteIndex site, CheckReporter reporter);
}
