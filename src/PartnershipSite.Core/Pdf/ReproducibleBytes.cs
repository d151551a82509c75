using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnershipSite.Pdf;

/// <summary>
/// Replaces what PDFsharp makes random at save with values derived from the document, so two builds of a release
/// are byte-identical: the six-letter tags of font subsets (<c>/XWLTXF+Atkinson…</c>, ISO 32000-1, 9.6.4). (The
/// <c>uuid:</c> identifiers of PDFsharp's XMP go with it: <see cref="SingleRevision"/> replaces that packet.) Each
/// replacement has the same length, so every byte offset, and the cross-reference table, stays valid.
/// </summary>
internal static partial class ReproducibleBytes
{
    /// <summary>The PDF with stable subset tags.</summary>
    public static byte[] MakeStable(byte[] pdf, string identifier)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tags = BaseFont().Matches(text)
            .Select(m => (Tag: m.Groups["tag"].Value, Name: m.Groups["name"].Value))
            .Distinct()
            .ToList();
        foreach (var (tag, name) in tags)
        {
            var stable = string.Concat(Hash(identifier, name).Take(6).Select(b => (char)('A' + b % 26)));
            text = text.Replace("/" + tag + "+" + name, "/" + stable + "+" + name, StringComparison.Ordinal);
        }
        return Encoding.Latin1.GetBytes(text);
    }

    private static byte[] Hash(string identifier, string salt) => SHA256.HashData(Encoding.UTF8.GetBytes(identifier + "\n" + salt));

    // The tag is used in /BaseFont of the font and its descendant and in /FontName of the descriptor.
    [GeneratedRegex(@"/BaseFont\s*/(?<tag>[A-Z]{6})\+(?<name>[^\s/<>\[\]()]+)")]
    private static partial Regex BaseFont();
}
