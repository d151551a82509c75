namespace PartnershipSite.Feeds;

/// <summary>Plain text made safe to place where a feed reader expects HTML.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Escapes the characters HTML gives a meaning to, so that a summary containing <c>&lt;script&gt;</c> or a literal
    /// <c>&amp;amp;</c> reaches an HTML-reading client (RSS <c>description</c> is HTML) as the text the editor wrote.
    /// Only text content is made here (never an attribute), so quotes stay as they are. The XML writer then escapes the result once more: the field is double-escaped, as RSS requires.
    /// </summary>
    public static string Encode(string plain)
    {
        if (plain.AsSpan().IndexOfAny("&<>") < 0)
        {
            return plain;
        }
        var builder = new System.Text.StringBuilder(plain.Length + 16);
        foreach (var c in plain)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            } ?? c.ToString());
        }
        return builder.ToString();
    }
}
