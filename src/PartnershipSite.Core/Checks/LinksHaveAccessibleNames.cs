using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 2.4.4 and 4.1.2: every link has an accessible name (text, image alt text or aria-label).</summary>
internal sealed class LinksHaveAccessibleNames : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        foreach (var link in page.Document.QuerySelectorAll("a[href]"))
        {
            if (AccessibleName.Of(link).Length > 0)
            {
                reporter.Pass(this);
                continue;
            }
            var (location, note) = page.Locate(link);
            reporter.FailWithNote(this, Codes.LinkNameMissing, location, note, link.GetAttribute("href"));
        }
    }
}
