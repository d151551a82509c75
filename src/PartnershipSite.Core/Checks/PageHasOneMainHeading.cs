using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 1.3.1 and 2.4.6: a page has exactly one <c>h1</c>, its headline; more or none confuse navigation by heading.</summary>
internal sealed class PageHasOneMainHeading : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        var headings = page.Document.QuerySelectorAll("h1");
        if (headings.Length == 1)
        {
            reporter.Pass(this);
            return;
        }
        // Report at the second h1 (usually one written in the body) or, when there is none, at the main element.
        var element = headings.Length > 1 ? headings[1] : page.Document.QuerySelector("main") ?? page.Document.Body ?? page.Document.DocumentElement;
        var (location, note) = page.Locate(element);
        reporter.FailWithNote(this, Codes.HeadingOneCount, location, note, headings.Length);
    }
}
