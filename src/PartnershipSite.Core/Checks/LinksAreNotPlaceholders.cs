using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// Links go somewhere: an empty target, a bare <c>#</c> (a placeholder left in a draft) or a <c>javascript:</c>
/// URL is an error. WCAG 2.2 SC 2.4.4: a link's purpose is that of its destination; these have none.
/// </summary>
internal sealed class LinksAreNotPlaceholders : ILinkCheck
{
    /// <inheritdoc />
    public void Check(FoundLink link, SiteIndex site, CheckReporter reporter)
    {
        switch (link.Kind)
        {
            case LinkKind.Empty:
                reporter.FailWithNote(this, Codes.EmptyLink, link.Location, link.Note, link.Label);
                break;
            case LinkKind.Placeholder:
                reporter.FailWithNote(this, Codes.PlaceholderLink, link.Location, link.Note, link.Label);
                break;
            case LinkKind.Script:
                reporter.FailWithNote(this, Codes.JavaScriptLink, link.Location, link.Note, link.Label, link.Target);
                break;
            default:
                reporter.Pass(this);
                break;
        }
    }
}
