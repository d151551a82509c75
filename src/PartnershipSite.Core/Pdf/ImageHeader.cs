using System.Buffers.Binary;

namespace PartnershipSite.Pdf;

/// <summary>The pixel size of a PNG or JPEG, read from its header so layout needs no imaging library.</summary>
internal static class ImageHeader
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height in pixels, or null when the bytes are neither PNG nor JPEG.</summary>
    public static (int Width, int Height)? Size(ReadOnlySpan<byte> bytes)
    {
        // PNG: the signature, then IHDR's length and type, then width and height (big-endian).
        if (bytes.Length >= 24 && bytes[..8].SequenceEqual(PngSignature))
        {
            return Positive(BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..]));
        }
        return bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? Jpeg(bytes) : null;
    }

    // JPEG: walk the marker segments to the first start-of-frame (SOF0–SOF15 except DHT, JPG and DAC).
    private static (int, int)? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return null;
            }
            var marker = bytes[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return Positive(BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 5)..]));
            }
            i += 2 + length;
        }
        return null;
    }

    private static (int, int)? Positive(int width, int height) => width > 0 && height > 0 ? (width, height) : null;
}
