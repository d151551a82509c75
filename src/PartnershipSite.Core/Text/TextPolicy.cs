using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnershipSite.Text;

/// <summary>
/// The one policy for characters the site's formats cannot carry. XML 1.0 (feeds, sitemap, PDF metadata) forbids
/// C0 controls other than tab, line feed and carriage return; HTML treats every C0 and C1 control and every Unicode
/// noncharacter as a parse error; PDF text would show them as boxes. They are invisible in an editor and usually
/// arrive by pasting from a word processor, so they are refused with the character's code point and position
/// (never silently removed: the editor sees exactly what to delete). The same holds for a Markdown or HTML character
/// reference that names one (<c>&amp;#x15;</c>) and for a YAML escape that makes one (<c>"\u0015"</c>).
/// </summary>
internal static partial class TextPolicy
{
    /// <summary>True when no output format can carry <paramref name="codePoint"/>.</summary>
    public static bool IsForbidden(int codePoint) =>
        (codePoint < 0x20 && codePoint is not ('\t' or '\n' or '\r'))
        || codePoint is >= 0x7F and <= 0x9F
        || codePoint is >= 0xFDD0 and <= 0xFDEF
        || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>The code point as Unicode writes it, with its name for the common ones: <c>U+0015</c>.</summary>
    public static string Describe(int codePoint) => codePoint switch
    {
        0 => "U+0000 (NULL)",
        0x0B => "U+000B (line tabulation)",
        0x0C => "U+000C (form feed)",
        0x1B => "U+001B (escape)",
        0x7F => "U+007F (delete)",
        0x85 => "U+0085 (next line)",
        _ when (codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF => $"U+{codePoint:X4} (a noncharacter)",
        _ => $"U+{codePoint:X4} (a control character)",
    };

    /// <summary>
    /// Every forbidden character in <paramref name="text"/>, and every character reference (<c>&amp;#21;</c>,
    /// <c>&amp;#x15;</c>) naming one when <paramref name="references"/> is set, as 1-based line and column
    /// (columns count UTF-16 code units, as the UTF-8 check does).
    /// </summary>
    public static IEnumerable<(int Line, int Column, int CodePoint)> Find(string text, bool references)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }
            var codePoint = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(c, text[i + 1]) : c;
            if (IsForbidden(codePoint))
            {
                yield return (line, i - lineStart + 1, codePoint);
            }
            else if (references && c == '&' && Reference().Match(text, i) is { Success: true } m && m.Index == i && Named(m) is { } named && IsForbidden(named))
            {
                yield return (line, i - lineStart + 1, named);
            }
            if (codePoint > 0xFFFF)
            {
                i++;
            }
        }
    }

    private static int? Named(Match m)
    {
        var hex = m.Groups[1].Success;
        var digits = hex ? m.Groups[1].Value : m.Groups[2].Value;
        return int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    // CommonMark's numeric character references: 1–7 decimal digits or 1–6 hex digits.
    [GeneratedRegex(@"\G&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
