using System.Buffers;
using System.Text;

namespace PartnershipSite.Text;

internal static class Utf8Validation
{
    /// <summary>The index of the first byte that is not part of a valid UTF-8 sequence, or null.</summary>
    public static int? FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return null;
    }
}
