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
    // Each run of text as (offset in Text, Markdig line, column, whether later characters follow on in the source).
    private readonly List<(int Offset, int Line, int Column, bool Contiguous)> _runs;

    private Prose(string text, List<(int, int, int, bool)> runs, HashSet<int> abbreviationStarts)
    {
        Text = text;
        _runs = runs;
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
        var runs = new List<(int, int, int, bool)>();
        var abbreviations = new HashSet<int>();
        void Append(string value, int line, int column, bool contiguous)
        {
            runs.Add((text.Length, line, column, contiguous));
            text.Append(value);
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
        return new Prose(text.ToString(), runs, abbreviations);
    }

    /// <summary>Where the character at <paramref name="offset"/> was written (1-based).</summary>
    public SourceLocation At(string path, int offset)
    {
        var index = _runs.FindLastIndex(r => r.Offset <= offset);
        if (index < 0)
        {
            return new SourceLocation(path);
        }
        var (start, line, column, contiguous) = _runs[index];
        return new SourceLocation(path, line + 1, column + 1 + (contiguous ? offset - start : 0));
    }
}
