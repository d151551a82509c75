using System.Text;

namespace PartnershipSite.Text;

/// <summary>The one text encoding of the site: UTF-8, no byte-order mark, strict on decoding.</summary>
internal static class Utf8
{
    /// <summary>Encoder without BOM that throws on invalid bytes when decoding.</summary>
    public static readonly Encoding Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Encodes text without a BOM.</summary>
    public static byte[] GetBytes(string text) => Strict.GetBytes(text);

    /// <summary>
    /// Decodes bytes as UTF-8, dropping a leading BOM. Returns false with the 1-based line and column of the
    /// first invalid byte (and the byte) when the bytes are not UTF-8.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out (int Line, int Column, byte Byte) error)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        if (Utf8Validation.FirstInvalidByte(bytes) is { } index)
        {
            var before = bytes[..index];
            var line = before.Count((byte)'\n') + 1;
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
            text = "";
            error = (line, column, bytes[index]);
            return false;
        }
        text = Strict.GetString(bytes);
        error = default;
        return true;
    }
}
