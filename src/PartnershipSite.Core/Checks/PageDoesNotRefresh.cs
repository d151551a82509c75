using System.Globalization;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 2.2.1: no <c>meta http-equiv="refresh"</c> with a delay, which moves readers on before they have read.</summary>
internal sealed class PageDoesNotRefresh : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        foreach (var meta in page.Document.QuerySelectorAll("meta[http-equiv]"))
        {
            if (!string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var content = meta.GetAttribute("content") ?? "";
            var delay = content.Split(';', ',')[0].Trim();
            // An immediate redirect (delay 0) is not a time limit: axe-core and WCAG F41 allow it.
            if (double.TryParse(delay, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds <= 0)
            {
                reporter.Pass(this);
                continue;
            }
            var (location, note) = page.Locate(meta);
            reporter.FailWithNote(this, Codes.MetaRefresh, location, note, delay);
        }
    }
}
