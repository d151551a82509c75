using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 1.3.1: a data table has header cells, so each cell can be read with its row or column.</summary>
internal sealed class TablesHaveHeaders : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        foreach (var table in page.Document.QuerySelectorAll("table"))
        {
            if (table.GetAttribute("role") is "presentation" or "none" || table.QuerySelector("th") is not null)
            {
                reporter.Pass(this);
                continue;
            }
            var (location, note) = page.Locate(table);
            reporter.FailWithNote(this, Codes.TableHeadersMissing, location, note);
        }
    }
}
