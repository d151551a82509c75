using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnershipSite.Tests.Support;

/// <summary>
/// Edits one of our PDFs at the object level, for tests that break one rule: each edit splices the file's bytes
/// and moves every cross-reference offset (and startxref) after the splice by its change in length, and an edit
/// inside a stream also corrects that stream's /Length, so the file stays well formed apart from the rule broken.
/// Works on the single classic cross-reference table our PDFs have.
/// </summary>
public static class PdfEdit
{
    /// <summary>Replaces the first match of <paramref name="pattern"/> (a regex over the file as Latin-1) with <paramref name="replacement"/>.</summary>
    public static byte[] Replace(byte[] pdf, string pattern, string replacement) => ReplaceAll(pdf, pattern, replacement, 1);

    /// <summary>Removes the first match of <paramref name="pattern"/>.</summary>
    public static byte[] Remove(byte[] pdf, string pattern) => Replace(pdf, pattern, "");

    /// <summary>Replaces up to <paramref name="count"/> matches (all by default), last first so earlier positions hold.</summary>
    public static byte[] ReplaceAll(byte[] pdf, string pattern, string replacement, int count = int.MaxValue)
    {
        var matches = Regex.Matches(Encoding.Latin1.GetString(pdf), pattern).Take(count).ToList();
        Assert.True(matches.Count > 0, $"The PDF has no match for {pattern}: the edit would test nothing.");
        foreach (var match in Enumerable.Reverse(matches))
        {
            pdf = Splice(pdf, match.Index, match.Length, match.Result(replacement));
        }
        return pdf;
    }

    /// <summary>
    /// Adds object <c>/Size</c> (the next free number) with <paramref name="body"/> (a dictionary, or a dictionary and
    /// its stream) before the cross-reference table, and gives it a row there; returns the file and the number.
    /// </summary>
    public static (byte[] Pdf, int Number) AddObject(byte[] pdf, string body)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var size = int.Parse(Regex.Match(text[xref..], @"/Size (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var added = $"{size} 0 obj\n{body}\nendobj\n";
        var trailer = text.IndexOf("trailer", xref, StringComparison.Ordinal);
        var table = Regex.Replace(text[xref..trailer], @"\A(xref\n0 )\d+", m => m.Groups[1].Value + (size + 1).ToString(CultureInfo.InvariantCulture))
            + $"{xref:D10} 00000 n \n";
        var tail = Regex.Replace(text[trailer..], @"/Size \d+", $"/Size {size + 1}");
        tail = Regex.Replace(tail, @"startxref\n\d+", $"startxref\n{xref + added.Length}");
        return (Encoding.Latin1.GetBytes(text[..xref] + added + table + tail), size);
    }

    /// <summary>Replaces <paramref name="length"/> bytes at <paramref name="position"/> with <paramref name="insert"/>.</summary>
    public static byte[] Splice(byte[] pdf, int position, int length, string insert)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var delta = insert.Length - length;
        // Inside a stream: correct its /Length first (the digits come before the position, so it stays valid).
        var streamStart = text.LastIndexOf("stream\n", position, StringComparison.Ordinal);
        var streamEnd = text.LastIndexOf("endstream", position, StringComparison.Ordinal);
        var objectStart = text.LastIndexOf(" obj\n", position, StringComparison.Ordinal);
        if (delta != 0 && streamStart > objectStart && streamStart > streamEnd && text[streamStart - 1] != 'd')
        {
            var dictionary = text[objectStart..streamStart];
            var lengthEntry = Regex.Match(dictionary, @"/Length (\d+)(?!\s+\d+\s+R)");
            Assert.True(lengthEntry.Success, "The stream's /Length is not a direct number.");
            var newLength = (int.Parse(lengthEntry.Groups[1].Value, CultureInfo.InvariantCulture) + delta).ToString(CultureInfo.InvariantCulture);
            var at = objectStart + lengthEntry.Groups[1].Index;
            pdf = Splice(pdf, at, lengthEntry.Groups[1].Length, newLength);
            position += newLength.Length - lengthEntry.Groups[1].Length;
            text = Encoding.Latin1.GetString(pdf);
        }
        var edited = string.Concat(text.AsSpan(0, position), insert, text.AsSpan(position + length));
        // The table's rows are fixed width, so rewriting them moves nothing else.
        var xref = edited.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var trailer = edited.IndexOf("trailer", xref, StringComparison.Ordinal);
        var table = Regex.Replace(edited[xref..trailer], @"(\d{10}) (\d{5}) n", m =>
        {
            var offset = long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return $"{(offset > position ? offset + delta : offset):D10} {m.Groups[2].Value} n";
        });
        var tail = Regex.Replace(edited[trailer..], @"startxref\n(\d+)", m =>
        {
            var offset = long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return $"startxref\n{(offset > position ? offset + delta : offset)}";
        });
        return Encoding.Latin1.GetBytes(edited[..xref] + table + tail);
    }
}
