using System.Text;
using Markdig.Extensions.Abbreviations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// The prose of a Markdown block as plain text, with the source position of every character, so that prose
/// checks can report a sentence or a word at its line and column in the <c>.md</c> file.
/// </summary>
internal sealed class Prose
{
    private readonly List<(int Line, int Column)> _positions;

    private Prose(string text, List<(int, int)> positions, HashSet<int> abbreviationStarts)
    {
        Text = text;
        _positions = positions;
        AbbreviationStarts = abbreviationStarts;
    }

    /// <summary>The block's text: literals, link text and abbreviations, with line breaks as spaces.</summary>
    public string Text { get; }

    /// <summary>Offsets in <see cref="Text"/> where a defined abbreviation (<c>*[UK]: …</c>) starts.</summary>
    public HashSet<int> AbbreviationStarts { get; }

    /// <summary>The prose of a leaf block (paragraph or heading).</summary>
    public static Prose Of(LeafBlock block)
    {
        var text = new StringBuilder();
        var positions = new List<(int, int)>();
        var abbreviations = new HashSet<int>();
        void Append(string value, int line, int column, bool contiguous)
        {
            for (var i = 0; i < value.Length; i++)
            {
                text.Append(value[i]);
                positions.Add((line, contiguous ? column + i : column));
            }
        }
        void Walk(Inline? inline)
        {
            for (; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        Append(literal.Content.ToString(), literal.Line, literal.Column, contiguous: true);
                        break;
                    case AbbreviationInline abbreviation:
                        abbreviations.Add(text.Length);
                        Append(abbreviation.Abbreviation.Label ?? "", abbreviation.Line, abbreviation.Column, contiguous: true);
                        break;
                    case LineBreakInline lineBreak:
                        Append(" ", lineBreak.Line, lineBreak.Column, contiguous: false);
                        break;
                    case CodeInline code:
                        Append(code.Content, code.Line, code.Column, contiguous: false);
                        break;
                    case HtmlEntityInline entity:
                        Append(entity.Transcoded.ToString(), entity.Line, entity.Column, contiguous: false);
                        break;
                    case ContainerInline container:
                        Walk(container.FirstChild);
                        break;
                }
            }
        }
        Walk(block.Inline?.FirstChild);
        return new Prose(text.ToString(), positions, abbreviations);
    }

    /// <summary>Where the character at <paramref name="offset"/> was written (1-based).</summary>
    public SourceLocation At(string path, int offset) =>
        _positions.Count == 0 ? new SourceLocation(path)
        : _positions[Math.Clamp(offset, 0, _positions.Count - 1)] is var (line, column) ? new SourceLocation(path, line + 1, column + 1) : new SourceLocation(path);
}
