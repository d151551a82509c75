using PartnershipSite.IO;
namespace PartnershipSite.Content;

/// <summary>The paths <c>redirect_from</c> accepts: site paths as they were published.</summary>
internal static class OldPaths
{
    /// <summary>
    /// The path in one form (a leading <c>/</c>; a folder path keeps its trailing <c>/</c>), or null when it is not a
    /// path on this site: a URL with a scheme or host, a query or fragment, <c>..</c>, whitespace or control characters.
    /// </summary>
    public static string? Normalise(string text)
    {
        var path = text.Trim();
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Length > 2048
            || path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '?' or '#' or '\\' or '*' or '!')
            || path.Split('/').Any(segment => segment is "." or ".."))
        {
            return null;
        }
        return path;
    }

    /// <summary>The site path (no leading slash) an old path is a page at: <c>/a/</c> is <c>a/index.html</c>.</summary>
    public static string OutputFile(string oldPath)
    {
        var trimmed = oldPath.TrimStart('/');
        return trimmed.Length == 0 || trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }
}
