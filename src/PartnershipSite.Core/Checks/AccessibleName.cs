using AngleSharp.Dom;

namespace PartnershipSite.Checks;

/// <summary>
/// A simplified accessible-name computation (WAI-ARIA accname 1.2): <c>aria-labelledby</c>, <c>aria-label</c>,
/// then the text content with images' alt text, then <c>title</c>. Enough for links and buttons in static pages.
/// </summary>
internal static class AccessibleName
{
    /// <summary>The element's accessible name, whitespace collapsed; empty when it has none.</summary>
    public static string Of(IElement element)
    {
        if (element.GetAttribute("aria-labelledby") is { } ids && ids.Trim().Length > 0)
        {
            var text = string.Join(' ', ids.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(id => element.Owner?.GetElementById(id)?.TextContent ?? ""));
            if (Collapse(text) is { Length: > 0 } labelled)
            {
                return labelled;
            }
        }
        if (element.GetAttribute("aria-label") is { } label && Collapse(label) is { Length: > 0 } aria)
        {
            return aria;
        }
        if (Collapse(Content(element)) is { Length: > 0 } content)
        {
            return content;
        }
        return Collapse(element.GetAttribute("title") ?? "");
    }

    private static string Content(INode node) => node switch
    {
        IElement { LocalName: "img" } img => " " + (img.GetAttribute("alt") ?? "") + " ",
        IElement e when e.GetAttribute("aria-hidden") == "true" => "",
        IElement { LocalName: "svg" } svg => " " + (svg.QuerySelector("title")?.TextContent ?? svg.GetAttribute("aria-label") ?? "") + " ",
        IText text => text.Data,
        _ => string.Concat(node.ChildNodes.Select(Content)),
    };

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
