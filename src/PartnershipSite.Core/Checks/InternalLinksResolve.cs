using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// Every link into the site reaches a file it publishes, under the host's URL rules (a folder serves its
/// <c>index.html</c>; case-sensitive), and its <c>#fragment</c> names an <c>id</c> (or <c>a[name]</c>) in that page.
/// </summary>
internal sealed class InternalLinksResolve : ILinkCheck
{
    /// <inheritdoc />
    public void Check(FoundLink link, SiteIndex site, CheckReporter reporter)
    {
        if (link.Kind != LinkKind.Internal)
        {
            return;
        }
        var target = site.Resolve(link.SitePath!);
        if (target is null && site.MovedTo(link.SitePath!) is { } movedTo)
        {
            // An old path of a release that was renamed: it still works (301), but the link should say where it went.
            reporter.FailWithNote(this, Codes.InternalLinkMoved, link.Location, link.Note, link.Label, link.Target, movedTo);
            return;
        }
        if (target is null)
        {
            reporter.FailWithNote(this, Codes.InternalLinkBroken, link.Location, link.Note, link.Label, link.Target);
            return;
        }
        if (link.Fragment is { Length: > 0 } fragment && !IsTextFragment(fragment) && site.Pages.TryGetValue(target, out var page)
            && !page.Ids.Contains(fragment)
            // HTML: a fragment of "top" with no such id scrolls to the top of the document.
            && !fragment.Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            reporter.FailWithNote(this, Codes.FragmentMissing, link.Location, link.Note, link.Label, fragment, site.DisplayPath(target));
            return;
        }
        reporter.Pass(this);
    }

    // URL Fragment Text Directives (#:~:text=…) highlight text rather than name an element.
    private static bool IsTextFragment(string fragment) => fragment.StartsWith(":~:", StringComparison.Ordinal);
}
