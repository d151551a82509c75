using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnershipSite.Markup.Blocks;

/// <summary>
/// Govspeak's delimited blocks: the opening marker starts a line; the closing marker ends a line, the same line or a
/// later one (<c>^Text^</c>, or <c>$C</c> on a line of its own down to <c>$C</c>). What lies between is Markdown,
/// parsed as the block's children. A block left open by the end of its container is reported by
/// <see cref="MarkupPolicy"/> at its opening marker.
/// </summary>
/// <typeparam name="TBlock">The block this parser opens.</typeparam>
internal abstract class DelimitedBlockParser<TBlock> : BlockParser where TBlock : PressBlock
{
    /// <summary>A parser of blocks from <paramref name="opener"/> to <paramref name="closer"/>.</summary>
    protected DelimitedBlockParser(string opener, string closer)
    {
        ArgumentException.ThrowIfNullOrEmpty(opener);
        ArgumentException.ThrowIfNullOrEmpty(closer);
        Opener = opener;
        Closer = closer;
        OpeningCharacters = [opener[0]];
    }

    /// <summary>The opening marker.</summary>
    public string Opener { get; }

    /// <summary>The closing marker.</summary>
    public string Closer { get; }

    /// <summary>A new, empty block of this kind.</summary>
    protected abstract TBlock Create();

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        var line = processor.Line;
        if (processor.IsCodeIndent || !line.Match(Opener) || !EndsMarker(Opener, line.PeekCharExtra(Opener.Length))
            || PressBlocksAround(processor.CurrentContainer) >= MaxOpen)
        {
            return BlockState.None;
        }
        var block = Create();
        block.Opener = Opener;
        block.Closer = Closer;
        block.Line = processor.LineIndex;
        block.Column = processor.Column;
        block.Span = new SourceSpan(processor.Start, line.End);
        for (var i = 0; i < Opener.Length; i++)
        {
            processor.NextChar();
        }
        if (ClosingEnd(processor.Line) is { } end)
        {
            // ^Text^ on one line: the content ends before the closer, and the block with it.
            processor.Line.End = end;
            block.IsClosedByMarker = true;
            block.CloseBeforeNextLine = true;
        }
        processor.NewBlocks.Push(block);
        return BlockState.Continue;
    }

    /// <summary>
    /// How many press blocks may be open at once. One inside another is already an error (PS0161, reported at the
    /// inner one); a third is read as text, because Markdig continues every open block on every line, so 20,000
    /// unclosed openers (<c>%YAML 1.2</c> lines) would cost the square of their number.
    /// </summary>
    private const int MaxOpen = 2;

    private static int PressBlocksAround(ContainerBlock? container)
    {
        var count = 0;
        for (var c = container; c is not null && count < MaxOpen; c = c.Parent)
        {
            count += c is PressBlock ? 1 : 0;
        }
        return count;
    }

    /// <inheritdoc />
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        ArgumentNullException.ThrowIfNull(processor);
        var press = (TBlock)block;
        if (press.CloseBeforeNextLine)
        {
            // Closed with everything inside it first, so the line cannot lazily continue a paragraph in the block.
            processor.Close(press);
            return BlockState.Break;
        }
        press.UpdateSpanEnd(processor.Line.End);
        if (ClosingEnd(processor.Line) is not { } end)
        {
            return BlockState.Continue;
        }
        press.IsClosedByMarker = true;
        processor.Line.End = end;
        if (processor.Line.IsEmptyOrWhitespace())
        {
            return BlockState.BreakDiscard;
        }
        press.CloseBeforeNextLine = true;
        return BlockState.Continue;
    }

    /// <summary>
    /// Where the content of <paramref name="line"/> ends when the line ends with the closer (trailing spaces allowed),
    /// or null. A closer made of letters ($C, $A) must stand apart from the text before it; a closer of one
    /// punctuation mark must not be part of a run of it (<c>^^^</c> is a figure's fence, not a callout's end).
    /// </summary>
    private int? ClosingEnd(StringSlice line)
    {
        var trimmed = line;
        trimmed.TrimEnd();
        var start = trimmed.End - Closer.Length + 1;
        if (start < trimmed.Start || string.CompareOrdinal(trimmed.Text, start, Closer, 0, Closer.Length) != 0)
        {
            return null;
        }
        var before = start > trimmed.Start ? trimmed.Text[start - 1] : ' ';
        if (char.IsLetterOrDigit(Closer[0]) || Closer[0] == '$' ? !char.IsWhiteSpace(before) : before == Closer[^1])
        {
            return null;
        }
        var end = start - 1;
        while (end >= trimmed.Start && char.IsWhiteSpace(trimmed.Text[end]))
        {
            end--;
        }
        return end;
    }

    // A marker ending in a letter ($C) is not the start of a longer word ($CTA); a punctuation marker (^) is not
    // the start of a run of it (^^^, a figure's fence).
    private static bool EndsMarker(string marker, char next) =>
        char.IsLetterOrDigit(marker[^1]) ? !char.IsLetterOrDigit(next) : next != marker[^1];
}
