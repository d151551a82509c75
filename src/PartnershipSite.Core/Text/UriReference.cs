using System.Buffers;

namespace PartnershipSite.Text;

/// <summary>
/// URI references as written in a release (RFC 3986, 4.1), made absolute where they travel away from the page they
/// came from: a feed entry's content, a PDF's link annotations. One rule for both, as the browser resolves the page.
/// </summary>
internal static class UriReference
{
    // RFC 3986, 3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
    private static readonly SearchValues<char> SchemeCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    /// <summary>The absolute form of a relative reference, or null when <paramref name="value"/> already has a scheme (or cannot be resolved).</summary>
    public static string? Resolve(Uri pageUrl, string value)
    {
        value = value.Trim();
        // Forcing UriKind.Relative matters on Unix, where "/x" on its own parses as the absolute file:///x.
        return !HasScheme(value) && Uri.TryCreate(value, UriKind.Relative, out var relative) && Uri.TryCreate(pageUrl, relative, out var absolute)
            ? absolute.AbsoluteUri
            : null;
    }

    /// <summary>
    /// <paramref name="written"/> as an absolute URI: one with a scheme (https:, mailto:, tel:) is kept as written, a
    /// relative one is resolved against <paramref name="pageUrl"/>. A reference that cannot be resolved is kept: the
    /// link checks report it on the page, and the build is not published.
    /// </summary>
    public static string Absolute(Uri pageUrl, string written) =>
        HasScheme(written.Trim()) ? written.Trim() : Resolve(pageUrl, written) ?? written;

    // RFC 3986, 3.1: a scheme is ended by the first ":", which comes before any "/", "?" or "#". (.NET reads "/a" on
    // Unix as an absolute file: URI, so Uri.IsAbsoluteUri cannot tell.)
    private static bool HasScheme(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && char.IsAsciiLetter(value[0]) && value.AsSpan(0, colon).IndexOfAnyExcept(SchemeCharacters) < 0;
    }
}
