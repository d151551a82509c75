using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 2.4.2: every page has a non-empty <c>title</c>.</summary>
internal sealed class PagesHaveTitles : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        if (page.Document.Title?.Trim().Length > 0)
        {
            reporter.Pass(this);
            return;
        }
        var element = page.Document.QuerySelector("title") ?? page.Document.Head ?? page.Document.DocumentElement;
        var (location, note) = page.Locate(element);
        reporter.FailWithNote(this, Codes.TitleMissing, location, note);
    }
}
