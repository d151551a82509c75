using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PartnershipSite.Markup.Blocks;

/// <summary>
/// The text of a press block line by line, for the blocks whose lines mean something (a contact's phone line, an
/// address's street): each line break inside a paragraph, and each paragraph, ends a line. Emphasis and links
/// give their text; raw HTML gives nothing (it is refused, PS0130).
/// </summary>
internal static class BlockText
{
    /// <summary>
    /// True for a block inside a contact or an address: its lines are names, numbers and postcodes ("SW1A 2AS"),
    /// not prose, so the plain-English checks (acronyms, sentence length) leave them alone.
    /// </summary>
    public static bool IsInLines(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ContactBlock or AddressBlock)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The non-blank lines of <paramref name="block"/>, trimmed, in order.</summary>
    public static ImmutableArray<string> Lines(ContainerBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var lines = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        foreach (var leaf in block.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                Walk(inline, current, () => Flush(current, lines));
                Flush(current, lines);
            }
            else if (leaf is CodeBlock code)
            {
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    current.Append(line.Slice.ToString());
                    Flush(current, lines);
                }
            }
        }
        return lines.ToImmutable();
    }

    /// <summary>
    /// The plain text of <paramref name="container"/> on one line: what a reader reads of it, a line break read as a
    /// space (the text the parity check looks for in the Markdown).
    /// </summary>
    public static string Plain(ContainerInline container)
    {
        ArgumentNullException.ThrowIfNull(container);
        var text = new StringBuilder();
        Walk(container, text, () => text.Append(' '));
        return text.ToString();
    }

    // Emphasis, links and images give their text; each line break calls lineBreak.
    private static void Walk(ContainerInline container, StringBuilder current, Action lineBreak)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LineBreakInline:
                    lineBreak();
                    break;
                case LiteralInline literal:
                    current.Append(literal.Content.AsSpan());
                    break;
                case HtmlEntityInline entity:
                    current.Append(entity.Transcoded.AsSpan());
                    break;
                case CodeInline code:
                    current.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    current.Append(autolink.Url);
                    break;
                case ContainerInline nested:
                    Walk(nested, current, lineBreak);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, ImmutableArray<string>.Builder lines)
    {
        var text = current.ToString().Trim();
        current.Clear();
        if (text.Length > 0)
        {
            lines.Add(text);
        }
    }
}
