using System.Globalization;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 2.4.3: no positive <c>tabindex</c>, which pulls elements out of the reading order for keyboard users.</summary>
internal sealed class TabOrderFollowsThePage : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        foreach (var element in page.Document.QuerySelectorAll("[tabindex]"))
        {
            var value = element.GetAttribute("tabindex")!.Trim();
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index) || index <= 0)
            {
                reporter.Pass(this);
                continue;
            }
            var (location, note) = page.Locate(element);
            reporter.FailWithNote(this, Codes.PositiveTabIndex, location, note, element.LocalName, value);
        }
    }
}
