using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PartnershipSite.Text;

namespace PartnershipSite.Feeds;

/// <summary>
/// The body HTML as feeds carry it. Feed readers show content away from the page it came from, so every URL is made
/// absolute (a relative one would resolve against the reader), and the source's HTML comments are dropped.
/// An instance keeps its parser between bodies (otherwise each body pays for a new browsing context), so it serves
/// one thread at a time.
/// </summary>
internal sealed class FeedHtml
{
    // The URL-valued content attributes of the HTML standard that can appear in body content.
    private static readonly string[] UrlAttributes = ["href", "src", "cite", "poster", "action", "formaction", "data", "longdesc"];

    private readonly HtmlParser _parser = new();

    /// <summary>Resolves every relative and root-relative URL in <paramref name="html"/> against <paramref name="pageUrl"/>.</summary>
    public static string Prepare(string html, Uri pageUrl) => new FeedHtml().Rewrite(html, pageUrl);

    /// <summary>Resolves every relative and root-relative URL in <paramref name="html"/> against <paramref name="pageUrl"/>, and drops comments.</summary>
    public string Rewrite(string html, Uri pageUrl)
    {
        // Comments are notes for the source's editors (e.g. "Links: edit the destinations here"), not for subscribers.
        // Parsed as a document's body rather than with ParseFragment, which moves each top-level node out of its
        // scratch root one at a time, in time quadratic in their number (found by the fuzzer on 20,000 callouts).
        var body = _parser.ParseDocument("<!DOCTYPE html><html><head></head><body>" + html).Body!;
        var nodes = body.ChildNodes.Where(n => n is not IComment).ToList();
        foreach (var comment in nodes.SelectMany(n => n.Descendants<IComment>()).ToList())
        {
            comment.RemoveFromParent();
        }
        foreach (var element in nodes.SelectMany(n => n.DescendantsAndSelf<IElement>()))
        {
            foreach (var name in UrlAttributes)
            {
                if (element.GetAttribute(name) is { } value && UriReference.Resolve(pageUrl, value) is { } absolute)
                {
                    element.SetAttribute(name, absolute);
                }
            }
            if (element.GetAttribute("srcset") is { } srcset)
            {
                element.SetAttribute("srcset", ResolveSrcset(pageUrl, srcset));
            }
        }
        return string.Concat(nodes.Select(n => n.ToHtml())).Trim();
    }

    // srcset is a comma-separated list of "URL [descriptor]" candidates (HTML standard, 4.8.4.3).
    private static string ResolveSrcset(Uri pageUrl, string srcset) => string.Join(", ",
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(candidate =>
        {
            var parts = candidate.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var url = UriReference.Resolve(pageUrl, parts[0]) ?? parts[0];
            return parts.Length == 2 ? $"{url} {parts[1]}" : url;
        }));
}
