using System.Security.Cryptography;

namespace PartnershipSite.IO;

/// <summary>The content hash the build cache is addressed by: SHA-256, as 64 lower-case hex digits.</summary>
internal static class ContentHash
{
    /// <summary>What a read of a file that does not exist records, so creating the file later changes the key.</summary>
    public const string Absent = "absent";

    /// <summary>The hash of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The hash of <paramref name="text"/> encoded as UTF-8.</summary>
    public static string Of(string text) => Of(System.Text.Encoding.UTF8.GetBytes(text));
}
