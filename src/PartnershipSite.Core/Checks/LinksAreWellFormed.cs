using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>Every http(s) or relative link parses as a URL (RFC 3986); browsers guess at anything else.</summary>
internal sealed class LinksAreWellFormed : ILinkCheck
{
    /// <inheritdoc />
    public void Check(FoundLink link, SiteIndex site, CheckReporter reporter)
    {
        if (link.Kind == LinkKind.Malformed)
        {
            reporter.FailWithNote(this, Codes.MalformedUrl, link.Location, link.Note, link.Label, link.Target);
        }
        else if (link.Kind is LinkKind.Internal or LinkKind.External)
        {
            reporter.Pass(this);
        }
    }
}
