using System.Globalization;
using System.Text;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// How text is compared across formats: what differs only in presentation (line breaks, ligatures, no-break spaces,
/// soft hyphens, the dash a PDF draws before a quotation's attribution, a list's bullet) is made equal.
/// </summary>
internal static class ParityText
{
    /// <summary>
    /// NFKC (so a ligature glyph reads as its letters and a no-break space as a space), soft hyphens and zero-width
    /// characters removed, runs of white space made one space, trimmed, and a leading dash with its space removed.
    /// </summary>
    public static string Normalise(string text)
    {
        var folded = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        // A quotation's attribution is "— Name" in the PDF and "Name" in a figcaption: the dash is presentation.
        var start = builder.Length > 1 && builder[0] is '—' or '–' && builder[1] == ' ' ? 2 : 0;
        return builder.ToString(start, builder.Length - start);
    }

    /// <summary>
    /// The first place two texts differ, quoted from each: a few words before the first differing character, and
    /// what follows, cut at about 60 characters.
    /// </summary>
    public static (string Left, string Right) FirstDifference(string left, string right)
    {
        var common = 0;
        while (common < left.Length && common < right.Length && left[common] == right[common])
        {
            common++;
        }
        // Short texts are quoted whole; a long one from a few words before the difference.
        var start = Math.Max(left.Length, right.Length) <= 60 ? 0 : Math.Max(0, common - 20);
        if (start > 0 && left.LastIndexOf(' ', start) is var space and >= 0 && common - space < 40)
        {
            start = space + 1;
        }
        return (Excerpt(left, start), Excerpt(right, start));
    }

    /// <summary>A text cut at about <paramref name="length"/> characters, with an ellipsis for what is left out.</summary>
    public static string Excerpt(string text, int start = 0, int length = 60)
    {
        if (text.Length == 0)
        {
            return "";
        }
        start = Math.Min(start, text.Length);
        var cut = Math.Min(text.Length - start, length);
        var excerpt = text.Substring(start, cut);
        return (start > 0 ? "…" : "") + excerpt + (start + cut < text.Length ? "…" : "");
    }

    /// <summary>Whether the normalised <paramref name="haystack"/> holds <paramref name="needle"/> at or after <paramref name="from"/>; its index, else -1.</summary>
    public static int Find(string haystack, string needle, int from = 0) =>
        needle.Length == 0 ? -1 : haystack.IndexOf(needle, Math.Min(from, haystack.Length), StringComparison.Ordinal);

}
