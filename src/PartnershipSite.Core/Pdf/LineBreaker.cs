using System.Collections.Immutable;

namespace PartnershipSite.Pdf;

/// <summary>
/// Greedy line breaking over styled runs: words may span runs ("**bold**ed"), spaces are break opportunities,
/// a word wider than the line is broken between characters. Each line keeps its trailing space so extracted
/// text keeps its word breaks.
/// </summary>
internal static class LineBreaker
{
    /// <summary>Breaks <paramref name="runs"/> into lines no wider than <paramref name="width"/>.</summary>
    public static ImmutableArray<ImmutableArray<LinePiece>> Break(IReadOnlyList<InlineRun> runs, double width, IFontMetrics metrics)
    {
        var lines = ImmutableArray.CreateBuilder<ImmutableArray<LinePiece>>();
        var line = new List<(int Run, string Text)>();
        var pending = new List<(int Run, string Text)>();
        var x = 0.0;
        foreach (var token in Tokens(runs))
        {
            switch (token.Kind)
            {
                case TokenKind.Space:
                    if (line.Count > 0)
                    {
                        pending.Add(token.Parts[0]);
                    }
                    break;
                case TokenKind.Break:
                    Flush();
                    break;
                default:
                    var w = Measure(token.Parts);
                    var spaces = Measure(pending);
                    if (line.Count > 0 && x + spaces + w <= width + 0.01)
                    {
                        line.AddRange(pending);
                        line.AddRange(token.Parts);
                        x += spaces + w;
                    }
                    else
                    {
                        if (line.Count > 0)
                        {
                            line.AddRange(pending);
                            Flush();
                        }
                        Place(token.Parts, w);
                    }
                    pending.Clear();
                    break;
            }
        }
        if (line.Count > 0)
        {
            Flush();
        }
        return lines.ToImmutable();

        void Flush()
        {
            lines.Add(Pieces(line, runs, metrics));
            line.Clear();
            pending.Clear();
            x = 0;
        }

        // A word at the start of a line: it fits, or it is broken over as many lines as it needs, after a '/', '-',
        // '.', '?', '&' or '=' where one falls on the line (URLs), else between characters.
        void Place(List<(int Run, string Text)> parts, double w)
        {
            if (w <= width)
            {
                line.AddRange(parts);
                x = w;
                return;
            }
            var chars = parts.SelectMany(p => p.Text.Select(c => (p.Run, Char: c))).ToList();
            var widths = chars.Select(c => metrics.Width(c.Char.ToString(), runs[c.Run].Style.Face, runs[c.Run].Style.Size)).ToList();
            var start = 0;
            while (start < chars.Count)
            {
                var end = start;
                var used = 0.0;
                var lastBreak = -1;
                while (end < chars.Count && (used + widths[end] <= width || end == start))
                {
                    used += widths[end];
                    if (chars[end].Char is '/' or '-' or '.' or '?' or '&' or '=')
                    {
                        lastBreak = end + 1;
                    }
                    end++;
                }
                if (end < chars.Count && lastBreak > start)
                {
                    end = lastBreak;
                }
                line.AddRange(Group(chars, start, end));
                x = widths.Skip(start).Take(end - start).Sum();
                start = end;
                if (start < chars.Count)
                {
                    Flush();
                }
            }
        }

        double Measure(List<(int Run, string Text)> parts) =>
            parts.Sum(p => metrics.Width(p.Text, runs[p.Run].Style.Face, runs[p.Run].Style.Size));
    }

    // Consecutive characters of one run, as parts.
    private static IEnumerable<(int Run, string Text)> Group(List<(int Run, char Char)> chars, int start, int end)
    {
        for (var i = start; i < end;)
        {
            var j = i;
            while (j < end && chars[j].Run == chars[i].Run)
            {
                j++;
            }
            yield return (chars[i].Run, new string([.. chars.Skip(i).Take(j - i).Select(c => c.Char)]));
            i = j;
        }
    }

    // Joins neighbouring parts drawn alike into one piece and positions them.
    private static ImmutableArray<LinePiece> Pieces(List<(int Run, string Text)> parts, IReadOnlyList<InlineRun> runs, IFontMetrics metrics)
    {
        var merged = new List<(string Text, TextStyle Style, InlineTag? Tag)>();
        foreach (var (run, text) in parts)
        {
            var r = runs[run];
            if (merged.Count > 0 && merged[^1].Style == r.Style && merged[^1].Tag == r.Tag)
            {
                merged[^1] = (merged[^1].Text + text, r.Style, r.Tag);
            }
            else
            {
                merged.Add((text, r.Style, r.Tag));
            }
        }
        var pieces = ImmutableArray.CreateBuilder<LinePiece>(merged.Count);
        var x = 0.0;
        foreach (var (text, style, tag) in merged)
        {
            var full = metrics.Width(text, style.Face, style.Size);
            var visible = text.EndsWith(' ') ? metrics.Width(text.TrimEnd(' '), style.Face, style.Size) : full;
            pieces.Add(new LinePiece(x, visible, text, style, tag));
            x += full;
        }
        return pieces.MoveToImmutable();
    }

    private enum TokenKind
    {
        Word,
        Space,
        Break,
    }

    private sealed record Token(TokenKind Kind, List<(int Run, string Text)> Parts);

    // Words (possibly spanning runs), single spaces and hard breaks, in order.
    private static IEnumerable<Token> Tokens(IReadOnlyList<InlineRun> runs)
    {
        var word = new List<(int Run, string Text)>();
        for (var r = 0; r < runs.Count; r++)
        {
            var text = runs[r].Text;
            if (text == "\n")
            {
                if (word.Count > 0)
                {
                    yield return new Token(TokenKind.Word, word);
                    word = [];
                }
                yield return new Token(TokenKind.Break, []);
                continue;
            }
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] is not (' ' or '\t' or '\n' or '\r'))
                {
                    continue;
                }
                if (i > start)
                {
                    word.Add((r, text[start..i]));
                }
                if (i < text.Length)
                {
                    if (word.Count > 0)
                    {
                        yield return new Token(TokenKind.Word, word);
                        word = [];
                    }
                    yield return new Token(TokenKind.Space, [(r, " ")]);
                }
                start = i + 1;
            }
        }
        if (word.Count > 0)
        {
            yield return new Token(TokenKind.Word, word);
        }
    }
}
