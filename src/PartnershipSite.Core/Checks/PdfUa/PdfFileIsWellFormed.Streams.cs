using System.Globalization;
using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.Zip.Compression;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

// Stream data: where a stream ends by its /Length, and whether its Flate data is one complete zlib stream.
internal sealed partial class PdfFileIsWellFormed
{
    // The stream data of the object written at [start, end) as its /Length gives it; NotEnding when /Length does
    // not end at endstream; null when the object is no stream.
    private static byte[]? RawStream(PdfFile pdf, string text, byte[] bytes, int start, int end)
    {
        var keyword = StreamKeyword().Match(text, start, end - start);
        if (!keyword.Success)
        {
            return null;
        }
        var entry = LengthEntry().Match(text, start, keyword.Index - start);
        long? length = !entry.Success ? null
            : entry.Groups[2].Success ? pdf.Resolve<NumericToken>(new IndirectReferenceToken(new IndirectReference(
                long.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(entry.Groups[2].Value, CultureInfo.InvariantCulture))))?.Long
            : long.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
        var dataStart = keyword.Index + keyword.Length;
        if (length is not { } n || n < 0 || dataStart + n > text.Length
            || !EndStream().IsMatch(text.AsSpan((int)(dataStart + n), (int)Math.Min(16, text.Length - dataStart - n))))
        {
            return NotEnding;
        }
        return bytes[dataStart..(int)(dataStart + n)];
    }

    // Marks a stream whose /Length does not end at endstream (compared by reference).
    private static readonly byte[] NotEnding = [];

    private static bool IsFlate(PdfFile pdf, StreamToken stream)
    {
        stream.StreamDictionary.TryGet(NameToken.Create("Filter"), out IToken filter);
        return (filter is null ? null : pdf.Resolve<IToken>(filter)) switch
        {
            NameToken name => name.Data is "FlateDecode" or "Fl",
            ArrayToken { Length: > 0 } array => pdf.Resolve<NameToken>(array[0])?.Data is "FlateDecode" or "Fl",
            _ => false,
        };
    }

    /// <summary>Why <paramref name="data"/> is not one complete zlib stream, or null when it is.</summary>
    public static string? FlateProblem(byte[] data)
    {
        // Fast path: System.IO.Compression inflates natively but cannot say whether the stream ended; a zlib stream
        // that did ends with the Adler-32 of all it inflates to (RFC 1950). Anything else takes the exact path.
        if (EndsWithItsChecksum(data))
        {
            return null;
        }
        var inflater = new Inflater();
        inflater.SetInput(data);
        var buffer = new byte[65536];
        try
        {
            while (!inflater.IsFinished)
            {
                if (inflater.Inflate(buffer) == 0 && (inflater.IsNeedingInput || inflater.IsNeedingDictionary))
                {
                    return inflater.IsNeedingDictionary ? "it needs a preset dictionary" : "the data ends before the end-of-stream";
                }
            }
        }
        catch (SharpZipBaseException e)
        {
            return $"corrupt data: {e.Message}";
        }
        return null;
    }

    private static bool EndsWithItsChecksum(byte[] data)
    {
        if (data.Length < 6)
        {
            return false;
        }
        uint a = 1, b = 0;
        var buffer = new byte[16384];
        try
        {
            using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(data), System.IO.Compression.CompressionMode.Decompress);
            for (int read; (read = zlib.Read(buffer)) > 0;)
            {
                // Adler-32 in blocks of at most 5,552 bytes, so the sums cannot overflow before the modulo.
                for (var start = 0; start < read; start += 5552)
                {
                    var end = Math.Min(read, start + 5552);
                    for (var i = start; i < end; i++)
                    {
                        a += buffer[i];
                        b += a;
                    }
                    a %= 65521;
                    b %= 65521;
                }
            }
        }
        catch (InvalidDataException)
        {
            return false;
        }
        var checksum = (b << 16) | a;
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(data.Length - 4)) == checksum;
    }
}
