using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.2 SC 2.4.1: a page with a header or navigation before its main content starts with a skip link whose
/// target exists, so keyboard users need not tab through the navigation on every page.
/// </summary>
internal sealed class SkipLinkReachesMain : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        var document = page.Document;
        var main = document.QuerySelector("main, [role=main]");
        var blocks = document.QuerySelector("header, nav, [role=banner], [role=navigation]");
        if (main is null || blocks is null || !IsBefore(blocks, main))
        {
            return; // Nothing to bypass; ContentIsInLandmarks reports a missing main.
        }
        var first = document.Body?.QuerySelector("a[href], button, input, select, textarea, [tabindex]");
        var href = first?.LocalName == "a" ? first.GetAttribute("href") : null;
        if (first is null || href is null || !href.StartsWith('#') || href.Length == 1)
        {
            var (location, note) = page.Locate(first ?? document.Body!);
            reporter.FailWithNote(this, Codes.SkipLinkBroken, location, note, "The first link on the page is not a skip link to the main content.");
            return;
        }
        var target = document.GetElementById(Uri.UnescapeDataString(href[1..]));
        if (target is null || !(target == main || main.Contains(target) || target.Contains(main)))
        {
            var (location, note) = page.Locate(first);
            reporter.FailWithNote(this, Codes.SkipLinkBroken, location, note, $"The skip link points at '{href}', which is not the main content.");
            return;
        }
        reporter.Pass(this);
    }

    private static bool IsBefore(AngleSharp.Dom.IElement a, AngleSharp.Dom.IElement b) =>
        a.CompareDocumentPosition(b).HasFlag(AngleSharp.Dom.DocumentPositions.Following);
}
