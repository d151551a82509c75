using AngleSharp.Html.Parser;

namespace PartnershipSite.Tests.Support;

/// <summary>
/// What a page holds that netlify.toml's CSP (no 'unsafe-inline', everything from 'self') would block: inline
/// script or style, style= and on*= attributes, javascript: URLs, and scripts, styles or images from elsewhere.
/// </summary>
public static class InlineCode
{
    /// <summary>Each problem in <paramref name="html"/>, described; empty when the page works under the CSP.</summary>
    public static IReadOnlyList<string> Violations(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            // A data block such as JSON-LD (<script type="application/ld+json">) is never run, so CSP does not apply.
            var isDataBlock = element.GetAttribute("type") is { } type && !type.Contains("javascript", StringComparison.OrdinalIgnoreCase) && type != "module";
            if (name == "script" && !isDataBlock && (!element.HasAttribute("src") || !SameOrigin(element.GetAttribute("src")!)))
            {
                problems.Add($"<script> without a same-origin src: {element.OuterHtml}");
            }
            if (name == "style")
            {
                problems.Add($"inline <style>: {element.OuterHtml}");
            }
            if (name == "link" && element.GetAttribute("rel") == "stylesheet" && !SameOrigin(element.GetAttribute("href") ?? ""))
            {
                problems.Add($"stylesheet from elsewhere: {element.OuterHtml}");
            }
            if (name == "img" && element.GetAttribute("src") is { } src && !SameOrigin(src) && !src.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add($"image from elsewhere: {element.OuterHtml}");
            }
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name == "style" || attribute.Name.StartsWith("on", StringComparison.Ordinal))
                {
                    problems.Add($"{attribute.Name}= attribute on <{name}>");
                }
                if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"javascript: URL on <{name}>");
                }
            }
        }
        return problems;
    }

    // A path on this site: relative, or absolute from the root; not a URL with a scheme or host.
    private static bool SameOrigin(string url) =>
        url.Length > 0 && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains(':', StringComparison.Ordinal);
}
