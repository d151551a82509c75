namespace PartnershipSite.Pdf;

/// <summary>The URI a PDF link annotation carries: always absolute, since a PDF is read away from the page it came from.</summary>
internal static class LinkUri
{
    /// <summary>
    /// <paramref name="written"/> as an absolute URI: one with a scheme (https:, mailto:, tel:) is kept as written, a
    /// relative one is resolved against <paramref name="pageUrl"/>, as the browser resolves it on the page. A reference
    /// that cannot be resolved is kept: the link checks report it on the page, and the build is not published.
    /// </summary>
    public static string Absolute(Uri pageUrl, string written)
    {
        var trimmed = written.Trim();
        if (HasScheme(trimmed))
        {
            return trimmed;
        }
        return Uri.TryCreate(pageUrl, trimmed, out var absolute) ? absolute.AbsoluteUri : written;
    }

    // RFC 3986, 3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) followed by ":". (.NET would read "/a" on
    // Unix as an absolute file: URI, so Uri.IsAbsoluteUri cannot tell.)
    private static bool HasScheme(string reference)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(reference[0]))
        {
            return false;
        }
        for (var i = 1; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(reference[i]) && reference[i] is not ('+' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }
}
