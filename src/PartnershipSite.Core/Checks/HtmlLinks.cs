using AngleSharp.Dom;

namespace PartnershipSite.Checks;

/// <summary>Finds every URL an HTML page refers to: anchors, images, sources, stylesheets, scripts and media.</summary>
internal static class HtmlLinks
{
    // (selector, attribute, whether the attribute is a srcset list) for every element that loads or links a URL.
    private static readonly (string Selector, string Attribute, bool SrcSet)[] Attributes =
    [
        ("a[href]", "href", false),
        ("area[href]", "href", false),
        ("link[href]", "href", false),
        ("img[src]", "src", false),
        ("img[srcset]", "srcset", true),
        ("source[src]", "src", false),
        ("source[srcset]", "srcset", true),
        ("script[src]", "src", false),
        ("iframe[src]", "src", false),
        ("video[src]", "src", false),
        ("video[poster]", "poster", false),
        ("audio[src]", "src", false),
        ("track[src]", "src", false),
        ("embed[src]", "src", false),
        ("object[data]", "data", false),
    ];

    /// <summary>The page's links, in document order per kind of element, classified against the site.</summary>
    public static IEnumerable<FoundLink> Extract(HtmlPage page, Uri baseUrl)
    {
        var found = new List<(IElement Element, string Attribute, string Url)>();
        foreach (var (selector, attribute, srcSet) in Attributes)
        {
            foreach (var element in page.Document.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute) ?? "";
                foreach (var url in srcSet ? SrcSetUrls(value) : [value])
                {
                    found.Add((element, attribute, url));
                }
            }
        }
        // Document order, so Markdown links are matched to their sources in the order they were written.
        found.Sort((a, b) => Index(a.Element).CompareTo(Index(b.Element)));
        foreach (var (element, attribute, url) in found)
        {
            var (location, note) = page.Locate(element);
            var link = new FoundLink(url, Label(element, attribute), page.File.Path, location, note);
            yield return SiteUrls.Classify(link, page.Url, baseUrl);
        }
    }

    /// <summary>How a message names a link: its text for anchors, otherwise the element and attribute.</summary>
    public static string Label(IElement element, string attribute)
    {
        if (element.LocalName is "a" or "area")
        {
            var text = AccessibleName.Of(element);
            return text.Length == 0 ? "link without text" : $"link '{Shorten(text)}'";
        }
        return element.LocalName switch
        {
            "img" => $"image '{Shorten(element.GetAttribute("alt") ?? "")}' ({attribute})",
            "link" => $"<link rel=\"{element.GetAttribute("rel")}\">",
            _ => $"<{element.LocalName} {attribute}>",
        };
    }

    private static int Index(IElement element) => element.SourceReference?.Position.Index ?? 0;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    // HTML: srcset is a comma-separated list of "URL [descriptor]" candidates.
    private static IEnumerable<string> SrcSetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split(' ', 2)[0]);
}
