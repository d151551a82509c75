using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ICSharpCode.SharpZipLib.Zip.Compression;

namespace PartnershipSite.Pdf;

/// <summary>
/// Rewrites the file PDFsharp saved as one clean revision: our XMP packet in place of PDFsharp's (which has no
/// <c>pdfuaid:part</c> or <c>dc:language</c> and does not escape XML, and which PDFsharp writes over any
/// <c>/Metadata</c> set before saving), every Flate stream re-encoded as a complete zlib stream (PDFsharp ends its
/// font streams without the final block and Adler-32 checksum: "premature end of data in flate filter" in qpdf and
/// MuPDF), and a cross-reference table with the new offsets (ISO 32000-1, 7.5.4).
/// </summary>
internal static partial class SingleRevision
{
    /// <summary>The PDF rewritten with <paramref name="xmp"/> as the catalog's metadata stream.</summary>
    public static byte[] Rewrite(byte[] pdf, byte[] xmp)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = StartXref().Matches(text) is { Count: > 0 } all ? all[^1] : throw Unexpected("no startxref");
        var xrefOffset = int.Parse(startXref.Groups[1].Value, CultureInfo.InvariantCulture);
        var table = XrefTable().Match(text, xrefOffset);
        if (!table.Success || table.Index != xrefOffset)
        {
            throw Unexpected("no classic cross-reference table at startxref");
        }
        var trailer = table.Groups["trailer"].Value;
        if (trailer.Contains("/Prev", StringComparison.Ordinal) || trailer.Contains("/XRefStm", StringComparison.Ordinal))
        {
            throw Unexpected("more than one revision");
        }
        var offsets = ReadOffsets(table.Groups["sections"].Value);
        var metadata = CatalogMetadata(text, trailer, offsets);

        // Objects are kept in file order; each runs from its offset to the next object's (or the table's).
        var ordered = offsets.OrderBy(o => o.Value).ToList();
        using var output = new MemoryStream(pdf.Length);
        output.Write(pdf, 0, ordered[0].Value);
        var written = new SortedDictionary<int, long>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var (number, offset) = ordered[i];
            var end = i + 1 < ordered.Count ? ordered[i + 1].Value : xrefOffset;
            written[number] = output.Position;
            if (number == metadata)
            {
                Write(output, $"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length}>>\nstream\n");
                output.Write(xmp);
                Write(output, "\nendstream\nendobj\n");
            }
            else
            {
                WriteObject(output, pdf, offset, end);
            }
        }
        var newXref = output.Position;
        var size = offsets.Keys.Max() + 1;
        var xref = new StringBuilder($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var number = 1; number < size; number++)
        {
            xref.Append(written.TryGetValue(number, out var at)
                ? string.Create(CultureInfo.InvariantCulture, $"{at:D10} 00000 n \n")
                : "0000000000 65535 f \n");
        }
        var dictionary = SizeEntry().Replace(trailer, string.Create(CultureInfo.InvariantCulture, $"/Size {size}"));
        xref.Append(CultureInfo.InvariantCulture, $"trailer\n<<{dictionary}>>\nstartxref\n{newXref}\n%%EOF\n");
        Write(output, xref.ToString());
        return output.ToArray();
    }

    // Copies one object, re-encoding its stream when it is Flate-encoded.
    private static void WriteObject(MemoryStream output, byte[] pdf, int offset, int end)
    {
        var head = Encoding.Latin1.GetString(pdf, offset, end - offset);
        var stream = StreamKeyword().Match(head);
        var dictionary = stream.Success ? head[..stream.Index] : "";
        if (!stream.Success || !FlateOnly().IsMatch(dictionary) || DirectLength().Match(dictionary) is not { Success: true } length)
        {
            output.Write(pdf, offset, end - offset);
            return;
        }
        var dataStart = offset + stream.Index + stream.Length;
        var dataLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        var encoded = Deflate(Inflate(pdf.AsSpan(dataStart, dataLength)));
        Write(output, DirectLength().Replace(dictionary, string.Create(CultureInfo.InvariantCulture, $"/Length {encoded.Length}"), 1));
        Write(output, stream.Value);
        output.Write(encoded);
        // What follows the data (EOL, endstream, endobj) is copied as it was.
        output.Write(pdf, dataStart + dataLength, end - dataStart - dataLength);
    }

    /// <summary>Inflates as much as the data holds, whether or not the zlib stream is complete.</summary>
    private static byte[] Inflate(ReadOnlySpan<byte> data)
    {
        var inflater = new Inflater();
        inflater.SetInput(data.ToArray());
        using var result = new MemoryStream();
        var buffer = new byte[16384];
        while (!inflater.IsFinished)
        {
            var count = inflater.Inflate(buffer);
            if (count == 0 && (inflater.IsNeedingInput || inflater.IsNeedingDictionary))
            {
                break;
            }
            result.Write(buffer, 0, count);
        }
        return result.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var result = new MemoryStream();
        using (var zlib = new ZLibStream(result, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return result.ToArray();
    }

    private static Dictionary<int, int> ReadOffsets(string sections)
    {
        var offsets = new Dictionary<int, int>();
        foreach (Match section in XrefSection().Matches(sections))
        {
            var first = int.Parse(section.Groups["first"].Value, CultureInfo.InvariantCulture);
            var entries = section.Groups["entry"].Captures;
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i].Value;
                if (entry.EndsWith('n') && first + i > 0)
                {
                    offsets[first + i] = int.Parse(entry.AsSpan(0, 10), CultureInfo.InvariantCulture);
                }
            }
        }
        return offsets.Count > 0 ? offsets : throw Unexpected("an empty cross-reference table");
    }

    // The object number of the catalog's /Metadata stream, read from the catalog the trailer's /Root names.
    private static int CatalogMetadata(string text, string trailer, Dictionary<int, int> offsets)
    {
        var root = RootReference().Match(trailer);
        if (!root.Success || !offsets.TryGetValue(int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture), out var at))
        {
            throw Unexpected("no /Root in the trailer");
        }
        var catalog = text[at..text.IndexOf("endobj", at, StringComparison.Ordinal)];
        return MetadataReference().Match(catalog) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw Unexpected("no /Metadata in the catalog");
    }

    private static InvalidOperationException Unexpected(string what) =>
        new($"PDFsharp wrote a file this rewrite does not expect ({what}); the PDF cannot be finished.");

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"xref\s+(?<sections>(?:\d+\s+\d+\s+(?:\d{10}\s\d{5}\s[nf]\s*)*)+)trailer\s*<<(?<trailer>.*)>>[^\n]*\s*startxref", RegexOptions.Singleline)]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"(?<first>\d+)\s+\d+\s+(?:(?<entry>\d{10}\s\d{5}\s[nf])\s*)*")]
    private static partial Regex XrefSection();

    [GeneratedRegex(@"/Metadata\s+(\d+)\s+0\s+R")]
    private static partial Regex MetadataReference();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootReference();

    [GeneratedRegex(@"/Size\s+\d+")]
    private static partial Regex SizeEntry();

    // A comment may follow the trailer dictionary (PDFsharp names itself there).
    // The stream keyword after the dictionary, with its EOL (7.3.8.1: CRLF or LF).
    [GeneratedRegex(@">>\s*stream\r?\n")]
    private static partial Regex StreamKeyword();

    [GeneratedRegex(@"/Filter\s*/FlateDecode(?![A-Za-z])")]
    private static partial Regex FlateOnly();

    [GeneratedRegex(@"/Length(?![0-9A-Za-z])\s*((?>\d+))(?!\s+\d+\s+R)")]
    private static partial Regex DirectLength();
}
