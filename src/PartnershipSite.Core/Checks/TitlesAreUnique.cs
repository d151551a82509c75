using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 2.4.2: no two pages share a title, so tabs, history and search results can be told apart.</summary>
internal sealed class TitlesAreUnique : ISiteCheck
{
    /// <inheritdoc />
    public void Check(SiteIndex site, CheckReporter reporter)
    {
        var groups = site.Pages.Values
            .Where(p => p.Title.Length > 0)
            .GroupBy(p => p.Title, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var pages = group.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
            if (pages.Count == 1)
            {
                reporter.Pass(this);
                continue;
            }
            foreach (var page in pages)
            {
                var others = string.Join(", ", pages.Where(p => p != page).Select(p => site.DisplayPath(p.Path)));
                reporter.Fail(this, Codes.TitleNotUnique, page.TitleLocation, page.Title, others);
            }
        }
    }
}
