using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnershipSite.Pdf;

/// <summary>
/// Replaces the XMP stream of a saved PDF by an incremental update (ISO 32000-1, 7.5.6): PDFsharp writes its own XMP
/// at save, without <c>pdfuaid:part</c> or <c>dc:language</c> and without XML escaping, and a <c>/Metadata</c> set
/// before saving is overwritten.
/// </summary>
public static partial class XmpUpdate
{
    /// <summary>The PDF with <paramref name="xmp"/> redefining the catalog's metadata object.</summary>
    public static byte[] Append(byte[] pdf, byte[] xmp)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var metadata = MetadataReference().Match(text);
        var trailer = Trailer().Matches(text) is { Count: > 0 } all ? all[^1] : null;
        if (!metadata.Success || trailer is null)
        {
            throw new InvalidOperationException("PDFsharp wrote no /Metadata reference or no classic trailer: the XMP update cannot be applied.");
        }
        var dictionary = trailer.Groups["dict"].Value;
        string Entry(string key) => Regex.Match(dictionary, "/" + key + @"\s*(\[[^\]]*\]|\d+\s+\d+\s+R|\d+)").Groups[1].Value;

        using var output = new MemoryStream();
        output.Write(pdf);
        if (pdf[^1] != '\n')
        {
            output.WriteByte((byte)'\n');
        }
        var number = metadata.Groups[1].Value;
        var objectOffset = output.Position;
        Write(output, $"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length}>>\nstream\n");
        output.Write(xmp);
        Write(output, "\nendstream\nendobj\n");
        var xrefOffset = output.Position;
        Write(output, string.Create(CultureInfo.InvariantCulture,
            $"xref\n0 1\n0000000000 65535 f \n{number} 1\n{objectOffset:D10} 00000 n \n" +
            $"trailer\n<</Size {Entry("Size")}/Root {Entry("Root")}/Info {Entry("Info")}/ID {Entry("ID")}/Prev {trailer.Groups["xref"].Value}>>\n" +
            $"startxref\n{xrefOffset}\n%%EOF\n"));
        return output.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));

    [GeneratedRegex(@"/Metadata\s+(\d+)\s+0\s+R")]
    private static partial Regex MetadataReference();

    [GeneratedRegex(@"trailer\s*<<(?<dict>.*?)>>[^\n]*\s*startxref\s+(?<xref>\d+)", RegexOptions.Singleline)]
    private static partial Regex Trailer();
}
