namespace PartnershipSite.Checks;

/// <summary>A check run on every link found in every output (HTML, feeds, sitemap and, later, PDF).</summary>
internal interface ILinkCheck : ICheck
{
    /// <summary>Checks one link against what the site holds.</summary>
    void Check(FoundLink link, SiteIndex site, CheckReporter reporter);
}
