using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.0 SC 4.1.1 (obsolete in 2.2, but the harm remains): ids are unique in a page, or labels, aria references
/// and fragment links reach only the first element.
/// </summary>
internal sealed class IdsAreUnique : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in page.Document.QuerySelectorAll("[id]"))
        {
            if (seen.Add(element.Id!))
            {
                reporter.Pass(this);
                continue;
            }
            var (location, note) = page.Locate(element);
            reporter.FailWithNote(this, Codes.DuplicateId, location, note, element.Id);
        }
    }
}
