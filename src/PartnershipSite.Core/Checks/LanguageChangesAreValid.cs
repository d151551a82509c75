using PartnershipSite.Content;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 3.1.2: every <c>lang</c> below <c>html</c> is a valid tag, so screen readers switch voice correctly.</summary>
internal sealed class LanguageChangesAreValid : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        foreach (var element in page.Document.Body?.QuerySelectorAll("[lang]") ?? Enumerable.Empty<AngleSharp.Dom.IElement>())
        {
            var lang = element.GetAttribute("lang")!.Trim();
            // HTML: lang="" means "unknown language", which is allowed.
            if (lang.Length == 0 || LanguageTag.IsValid(lang))
            {
                reporter.Pass(this);
                continue;
            }
            var (location, note) = page.Locate(element);
            reporter.FailWithNote(this, Codes.LanguageTagInvalid, location, note, lang, element.LocalName);
        }
    }
}
