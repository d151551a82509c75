using PartnershipSite.Content;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 3.1.1: the page's default language is set, as a valid BCP 47 tag, on <c>html</c>.</summary>
internal sealed class PageLanguageIsSet : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        var html = page.Document.DocumentElement;
        var lang = html.GetAttribute("lang")?.Trim();
        var problem = lang switch
        {
            null => "has no lang attribute",
            "" => "has an empty lang attribute",
            _ when !LanguageTag.IsValid(lang) => $"has lang=\"{lang}\", which is not a valid language tag",
            _ => null,
        };
        if (problem is null)
        {
            reporter.Pass(this);
            return;
        }
        var (location, note) = page.Locate(html);
        reporter.FailWithNote(this, Codes.PageLanguageMissing, location, note, problem);
    }
}
