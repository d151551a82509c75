using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Markup.Blocks;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// Finds where in a release's Markdown a block of published text was written: the first paragraph, heading,
/// caption or code block whose text is that text, or holds it (a contact's lines are one paragraph in the
/// Markdown and a paragraph each on the page), else the top of the file.
/// </summary>
internal static class MarkdownBlocks
{
    private const int Shortest = 12;

    /// <summary>
    /// Where <paramref name="texts"/> were written, the earliest in the file of those the Markdown has (the first
    /// place two formats differ), else the release at (1,1).
    /// </summary>
    public static SourceLocation Locate(Release release, params string[] texts)
    {
        var leaves = release.Markdown.Descendants<LeafBlock>().Select(leaf => (Leaf: leaf, Text: ParityText.Normalise(PlainText(leaf)))).Where(l => l.Text.Length > 0).ToList();
        var found = texts.Where(t => t.Length > 0).Select(text =>
                leaves.FirstOrDefault(l => l.Text == text).Leaf
                ?? leaves.FirstOrDefault(l => (text.Length >= Shortest && l.Text.Contains(text, StringComparison.Ordinal))
                    || (l.Text.Length >= Shortest && text.StartsWith(l.Text, StringComparison.Ordinal))).Leaf)
            .OfType<LeafBlock>().OrderBy(leaf => leaf.Line).ThenBy(leaf => leaf.Column).FirstOrDefault();
        // Markdig lines and columns are 0-based; the front matter is part of the document, so lines are file lines.
        return found is null ? Top(release) : new SourceLocation(release.Source.DisplayPath, found.Line + 1, found.Column + 1);
    }

    /// <summary>Where the first image with one of the alt texts <paramref name="alts"/> was written, else the release at (1,1).</summary>
    public static SourceLocation LocateImage(Release release, params string[] alts)
    {
        var images = release.Markdown.Descendants<LinkInline>().Where(l => l.IsImage).ToList();
        foreach (var alt in alts.Where(a => a.Length > 0))
        {
            if (images.FirstOrDefault(i => ParityText.Normalise(BlockText.Plain(i)) == alt) is { } image)
            {
                return new SourceLocation(release.Source.DisplayPath, image.Line + 1, image.Column + 1);
            }
        }
        return Top(release);
    }

    /// <summary>The top of the release's file, where a difference is reported that no line of the body made.</summary>
    public static SourceLocation Top(Release release) => new(release.Source.DisplayPath, 1, 1);

    private static string PlainText(LeafBlock leaf) =>
        leaf.Inline is { } inline ? BlockText.Plain(inline) : leaf is CodeBlock ? leaf.Lines.ToString() : "";
}
