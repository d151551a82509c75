using Markdig.Syntax;

namespace PartnershipSite.Markup;

/// <summary>The text lines of a leaf block (code, front matter), safe for blocks with none.</summary>
internal static class SourceLines
{
    /// <summary>
    /// Each line of <paramref name="block"/> as written. Markdig leaves the line array null for a block with no
    /// lines (an empty front matter, a fenced code block closed at once), so it is never read directly.
    /// </summary>
    public static IEnumerable<string> Of(LeafBlock block) =>
        block.Lines.Lines is { } lines ? lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()) : [];
}
