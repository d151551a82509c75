using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

// The PDF syntax the check reads from raw bytes: object text, indirect references, and the patterns it matches.
internal sealed partial class PdfFileIsWellFormed
{
    // The object's text up to its stream data (or its end), as Latin-1.
    private static string? ObjectText(string text, int offset, List<long> ends)
    {
        var end = (int)ends[ends.BinarySearch(offset) + 1];
        var keyword = StreamKeyword().Match(text, offset, end - offset);
        return text[offset..(keyword.Success ? keyword.Index + 2 : end)];
    }

    // The indirect references in an object's text, strings and hex strings left out (ISO 32000-1, 7.3.4, 7.3.10).
    private static IEnumerable<(long Number, int Generation)> RawReferences(string head)
    {
        var plain = new StringBuilder(head.Length);
        for (var i = 0; i < head.Length; i++)
        {
            var c = head[i];
            if (c == '(')
            {
                for (var depth = 0; i < head.Length; i++)
                {
                    if (head[i] == '\\')
                    {
                        i++;
                    }
                    else if (head[i] == '(')
                    {
                        depth++;
                    }
                    else if (head[i] == ')' && --depth == 0)
                    {
                        break;
                    }
                }
                plain.Append(' ');
            }
            else if (c == '<' && i + 1 < head.Length && head[i + 1] != '<' && (i == 0 || head[i - 1] != '<'))
            {
                i = head.IndexOf('>', i) is var close and >= 0 ? close : head.Length;
                plain.Append(' ');
            }
            else
            {
                plain.Append(c);
            }
        }
        foreach (Match reference in ReferencePattern().Matches(plain.ToString()))
        {
            yield return (long.Parse(reference.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(reference.Groups[2].Value, CultureInfo.InvariantCulture));
        }
    }

    private static IEnumerable<IndirectReference> References(IToken? token)
    {
        var pending = new Stack<IToken>();
        if (token is not null)
        {
            pending.Push(token);
        }
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case IndirectReferenceToken reference:
                    yield return reference.Data;
                    break;
                case ArrayToken array:
                    array.Data.ToList().ForEach(pending.Push);
                    break;
                case DictionaryToken dictionary:
                    dictionary.Data.Values.ToList().ForEach(pending.Push);
                    break;
                case StreamToken stream:
                    pending.Push(stream.StreamDictionary);
                    break;
            }
        }
    }

    private static string Escape(string text) => Regex.Replace(text, @"[\x00-\x1f]", m => $"\\x{(int)m.Value[0]:x2}");

    // veraPDF's test of 6.1-1: the first line is %PDF-1.n with n from 0 to 7, then one EOL marker.
    [GeneratedRegex(@"\A%PDF-1\.[0-7](\r\n|\r(?!\n)|\n)(?![\r\n])")]
    private static partial Regex Header();

    [GeneratedRegex(@"\G(\d+)\s+(\d+)\s+obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"\Gstartxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(?<first>\d+)\s+\d+\s+(?:(?<row>\d{10}\s\d{5}\s[nf])\s*)*")]
    private static partial Regex Subsection();

    [GeneratedRegex(@"/Prev\s+(\d+)")]
    private static partial Regex Prev();

    [GeneratedRegex(@">>\s*stream(\r\n|\n)")]
    private static partial Regex StreamKeyword();

    [GeneratedRegex(@"/Length(?![0-9A-Za-z])\s*((?>\d+))(?:\s+(\d+)\s+R)?")]
    private static partial Regex LengthEntry();

    [GeneratedRegex(@"(?<![\d.])(\d+)\s+(\d+)\s+R(?![A-Za-z0-9])")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+|\d+\s+\d+\s+R)")]
    private static partial Regex FlateFilter();

    [GeneratedRegex(@"\A(\r\n|\r|\n)?endstream")]
    private static partial Regex EndStream();
}
