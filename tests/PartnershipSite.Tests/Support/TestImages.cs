using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PartnershipSite.Tests.Support;

/// <summary>Images for tests, made in code: a PNG bar chart of any size, and the committed JPEG fixture.</summary>
public static class TestImages
{
    private static readonly uint[] CrcTable = [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        }
        return c;
    })];

    /// <summary>A truecolour PNG: blue bars of rising height on a pale grey ground.</summary>
    public static byte[] Png(int width, int height)
    {
        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * 3);
            for (var x = 0; x < width; x++)
            {
                var bar = x * 6 / width;
                var inBar = x % (width / 6) > width / 30 && height - y < (bar + 1) * height / 7;
                var (r, g, b) = inBar ? (0x1d, 0x70, 0xb8) : (0xf3, 0xf2, 0xf1);
                raw[row + 1 + x * 3] = (byte)r;
                raw[row + 2 + x * 3] = (byte)g;
                raw[row + 3 + x * 3] = (byte)b;
            }
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A 199×281 baseline JPEG (Fixtures/photo.jpg: a PDF page rendered by <c>pdftoppm -jpeg -r 24</c>).</summary>
    public static byte[] Jpeg() => File.ReadAllBytes(RealFiles.PathOf("tests/PartnershipSite.Tests/Fixtures/photo.jpg"));

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        BinaryPrimitives.WriteUInt32BigEndian(length, crc ^ 0xFFFFFFFF);
        png.Write(length);
    }
}
