using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// Links use <c>https:</c>: an <c>http:</c> link is a warning, as it can be intercepted and most sites redirect
/// it anyway. Internal <c>http:</c> links are allowed only when the site itself is served over http.
/// </summary>
internal sealed class LinksUseHttps : ILinkCheck
{
    /// <inheritdoc />
    public void Check(FoundLink link, SiteIndex site, CheckReporter reporter)
    {
        if (link.Url is not { } url)
        {
            return;
        }
        var expectHttps = link.Kind == LinkKind.External || site.BaseUrl.Scheme == "https";
        if (url.Scheme == "http" && expectHttps)
        {
            reporter.FailWithNote(this, Codes.InsecureLink, link.Location, link.Note, link.Label, link.Target);
        }
        else
        {
            reporter.Pass(this);
        }
    }
}
