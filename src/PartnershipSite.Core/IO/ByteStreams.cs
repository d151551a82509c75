using System.Runtime.InteropServices;

namespace PartnershipSite.IO;

/// <summary>Streams over bytes held in memory, for readers that take a stream (XmlReader, XDocument.Load).</summary>
internal static class ByteStreams
{
    /// <summary>A read-only stream over <paramref name="bytes"/>, without copying them when they are an array's.</summary>
    public static MemoryStream Over(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
}
