using System.Security.Cryptography;
using System.Text;

namespace PartnershipSite.Diagnostics;

/// <summary>
/// A diagnostic's identity for the baseline: a hash of its message, which quotes what was found (the sentence,
/// the heading, the URL) but not where, so an edit above it in the file does not make it new. The fix is left out,
/// so rewording the advice in a later version does not either.
/// </summary>
internal static class Fingerprint
{
    private const string FixSeparator = " Fix: ";

    /// <summary>16 hex digits of the SHA-256 of the message without its fix, whitespace collapsed.</summary>
    public static string Of(Diagnostic diagnostic)
    {
        var message = diagnostic.Message;
        var fix = message.IndexOf(FixSeparator, StringComparison.Ordinal);
        var text = string.Join(' ', (fix < 0 ? message : message[..fix]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
