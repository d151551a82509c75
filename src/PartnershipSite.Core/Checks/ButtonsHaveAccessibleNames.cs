using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 4.1.2: every button has an accessible name, so its purpose can be announced.</summary>
internal sealed class ButtonsHaveAccessibleNames : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        foreach (var button in page.Document.QuerySelectorAll("button, [role=button], input[type=button], input[type=submit], input[type=reset]"))
        {
            var named = button.LocalName == "input"
                // HTML: submit and reset inputs without a value are named "Submit" and "Reset" by the browser.
                ? button.GetAttribute("type") is "submit" or "reset" || (button.GetAttribute("value")?.Trim().Length ?? 0) > 0 || AccessibleName.Of(button).Length > 0
                : AccessibleName.Of(button).Length > 0;
            if (named)
            {
                reporter.Pass(this);
                continue;
            }
            var (location, note) = page.Locate(button);
            reporter.FailWithNote(this, Codes.ButtonNameMissing, location, note, button.LocalName);
        }
    }
}
