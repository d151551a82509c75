using System.Collections.Immutable;
using AngleSharp.Dom;
using PartnershipSite.Diagnostics;
using PartnershipSite.Templates;

namespace PartnershipSite.Checks;

/// <summary>
/// Maps an element of a page made by layouts back to the layout line that wrote it, so a theme fault found by a
/// page check is reported where an engineer fixes it. Fluid keeps no positions, so the element is matched by its
/// start tag: among the layouts' <c>&lt;tag</c> openings (the page's own layout first, then <c>base</c>), the one
/// whose literal attributes agree best with the element's; the first such opening wins a tie. An element no layout
/// writes (the browser's implied <c>html</c>, <c>head</c> or <c>body</c>, or HTML from a value) is reported at the
/// start of the outermost layout.
/// </summary>
internal sealed class LayoutSourceMap
{
    private readonly ImmutableArray<(string Path, string Text)> _layouts;

    /// <param name="layouts">The layouts that made the page, innermost first, with their display paths and text.</param>
    public LayoutSourceMap(ImmutableArray<(string Path, string Text)> layouts) => _layouts = layouts;

    /// <summary>The layout line that wrote <paramref name="element"/>, or where the outermost layout starts.</summary>
    public SourceLocation Locate(IElement element)
    {
        var tag = "<" + element.LocalName;
        var openings = new List<(string Path, string Text, int Index, int Score)>();
        foreach (var (path, text) in _layouts)
        {
            for (var at = text.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(tag, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var after = at + tag.Length;
                if (after < text.Length && !(char.IsWhiteSpace(text[after]) || text[after] is '>' or '/'))
                {
                    continue; // <header is not <head
                }
                var end = text.IndexOf('>', after);
                var opening = text.AsSpan(at, (end < 0 ? text.Length : end) - at);
                var following = text.AsSpan(at, Math.Min(FollowingText, text.Length - at));
                openings.Add((path, text, at, Score(element, opening, following)));
            }
        }
        if (openings.Count == 0)
        {
            return new SourceLocation(_layouts[^1].Path, 1, 1);
        }
        // Of the best openings, the k-th for the k-th such element of the page (two equal paragraphs in a layout).
        var top = openings.Max(o => o.Score);
        var best = openings.Where(o => o.Score == top).ToList();
        // By tag name, not a selector: a name from a layout need not be a valid selector (<a:b>).
        var twins = element.Owner?.GetElementsByTagName(element.LocalName).Where(e => SameAttributes(e, element)).ToList() ?? [];
        var found = best[Math.Clamp(twins.IndexOf(element), 0, best.Count - 1)];
        var (line, column) = LiquidScan.Position(found.Text, found.Index);
        return new SourceLocation(found.Path, line, column);
    }

    private static bool SameAttributes(IElement a, IElement b) =>
        a.Attributes.Length == b.Attributes.Length && a.Attributes.All(x => b.GetAttribute(x.Name) == x.Value);

    /// <summary>How far after an opening tag the element's text is looked for.</summary>
    private const int FollowingText = 500;

    /// <summary>
    /// Two points for each attribute written with the element's value, one for each written with another, less one
    /// for each attribute the opening writes that the element lacks; three more when the element's literal text
    /// follows the opening.
    /// </summary>
    private static int Score(IElement element, ReadOnlySpan<char> opening, ReadOnlySpan<char> following)
    {
        var score = 0;
        foreach (var attribute in element.Attributes)
        {
            if (opening.Contains($"{attribute.Name}=\"{attribute.Value}\"", StringComparison.OrdinalIgnoreCase))
            {
                score += 2;
            }
            else if (opening.Contains(attribute.Name + "=", StringComparison.OrdinalIgnoreCase))
            {
                score += 1;
            }
        }
        score -= Math.Max(0, opening.Count('=') - element.Attributes.Length);
        var words = element.TextContent.AsSpan().Trim();
        if (!words.IsEmpty && following.Contains(words[..Math.Min(words.Length, 40)], StringComparison.Ordinal))
        {
            score += 3;
        }
        return score;
    }
}
