using AngleSharp.Dom;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.2 SC 2.4.1 and 1.3.1: a page has exactly one <c>main</c> landmark and no content outside landmarks
/// (a skip link may stand before them), so screen-reader users can jump between regions.
/// </summary>
internal sealed class ContentIsInLandmarks : IPageCheck
{
    private static readonly string[] LandmarkElements = ["header", "nav", "main", "footer", "aside", "section", "form"];

    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        var document = page.Document;
        var mains = document.QuerySelectorAll("main, [role=main]");
        if (mains.Length != 1)
        {
            var (location, note) = page.Locate(mains.Length > 1 ? mains[1] : document.Body ?? document.DocumentElement);
            reporter.FailWithNote(this, Codes.LandmarksMissing, location, note, $"The page has {mains.Length} main landmarks; it should have exactly one.");
            return;
        }
        var outside = new List<IElement>();
        Collect(document.Body, outside);
        if (outside.Count == 0)
        {
            reporter.Pass(this);
            return;
        }
        foreach (var element in outside)
        {
            var (location, note) = page.Locate(element);
            reporter.FailWithNote(this, Codes.LandmarksMissing, location, note, $"The <{element.LocalName}> is outside every landmark.");
        }
    }

    // Elements with text outside every landmark. A wrapper that holds landmarks (<div class="page">) is looked into.
    private static void Collect(IElement? parent, List<IElement> outside)
    {
        foreach (var element in parent?.Children ?? Enumerable.Empty<IElement>())
        {
            if (IsLandmark(element) || IsSkipLink(element) || element.LocalName is "script" or "template" or "noscript"
                || element.TextContent.Trim().Length == 0)
            {
                continue;
            }
            var holdsLandmarks = element.Descendants<IElement>().Any(IsLandmark);
            if (!holdsLandmarks || element.ChildNodes.OfType<IText>().Any(t => t.Data.Trim().Length > 0))
            {
                outside.Add(element);
                continue;
            }
            Collect(element, outside);
        }
    }

    private static bool IsLandmark(IElement element) =>
        LandmarkElements.Contains(element.LocalName) || element.HasAttribute("role");

    private static bool IsSkipLink(IElement element) =>
        element.LocalName == "a" && element.GetAttribute("href")?.StartsWith('#') == true;
}
