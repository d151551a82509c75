namespace PartnershipSite.Text;

/// <summary>
/// The limits every source file (<c>site.yml</c>, releases, layouts) is held to, stated once so the README, the
/// checks and the errors agree. Each is far above anything a press release needs, and low enough that a small site
/// always builds in well under a second per file; input beyond one is a located error, never a crash or a hang.
/// </summary>
internal static class SourceLimits
{
    /// <summary>The largest source file, in bytes (1 MiB): the real release is 10 KB.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>The longest line, in characters: a long paragraph written on one line is about 2,000.</summary>
    public const int MaxLineLength = 20_000;

    /// <summary>
    /// The deepest nesting of YAML collections, of Liquid blocks and brackets, and of Markdown containers
    /// (quotations in lists in quotations…). The parsers recurse once per level, so without a limit deep input
    /// overflows the stack and kills the process; real content nests three or four levels.
    /// </summary>
    public const int MaxNesting = 32;

    /// <summary>The longest link text, in characters: a link is a phrase, and the PDF tags each one.</summary>
    public const int MaxLinkText = 1_000;

    /// <summary>
    /// The most emphasis and link markers (<c>*</c>, <c>_</c>, <c>[</c>) in one Markdown paragraph or table: a long
    /// paragraph has a few dozen. Markdig's cost grows with the square of the unmatched ones (see
    /// <see cref="Markup.InlineMarkerLimit"/>).
    /// </summary>
    public const int MaxInlineMarkers = 1_000;

    /// <summary>
    /// The most Markdown blocks (paragraphs, headings, list items, quotations, press blocks…) in one release: the
    /// real release has about 60. Every block becomes a tagged element in the PDF, an element in the page and in
    /// each feed, and a block the parity check compares, so the build's time grows with their number; 20,000
    /// one-line callouts (found by the fuzzer) took over 10 s of CPU.
    /// </summary>
    public const int MaxBlocks = 2_000;
}
