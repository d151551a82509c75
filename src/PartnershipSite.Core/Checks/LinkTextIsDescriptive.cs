using System.Collections.Frozen;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.2 SC 2.4.4: link text says where the link goes. Generic text ("click here", "read more") and bare URLs
/// make no sense in a screen reader's list of links.
/// </summary>
internal sealed class LinkTextIsDescriptive : IPageCheck
{
    // GOV.UK and WebAIM's lists of link text that means nothing out of context.
    private static readonly FrozenSet<string> Generic = FrozenSet.ToFrozenSet(
    [
        "click", "click here", "here", "read more", "more", "more info", "more information", "find out more", "learn more",
        "link", "this link", "this", "this page", "page", "go", "continue", "details", "see more", "click this link",
    ], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        foreach (var link in page.Document.QuerySelectorAll("a[href]"))
        {
            var text = AccessibleName.Of(link);
            var bare = text.TrimEnd('.', ',', ';', ':', '!', '?').Trim();
            if (text.Length == 0)
            {
                continue; // LinksHaveAccessibleNames reports links without text.
            }
            if (!Generic.Contains(bare) && !IsBareUrl(bare))
            {
                reporter.Pass(this);
                continue;
            }
            var (location, note) = page.Locate(link);
            reporter.FailWithNote(this, Codes.LinkTextGeneric, location, note, text);
        }
    }

    private static bool IsBareUrl(string text) =>
        !text.Contains(' ', StringComparison.Ordinal)
        && (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
}
