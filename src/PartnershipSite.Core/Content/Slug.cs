using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnershipSite.Content;

/// <summary>URL segments for releases.</summary>
internal static partial class Slug
{
    /// <summary>True for a single lower-case URL segment: letters, digits and single hyphens.</summary>
    public static bool IsValid(string slug) => Shape().IsMatch(slug);

    /// <summary>The slug a file name implies: the name without extension and without a leading <c>YYYY-MM-DD-</c>.</summary>
    public static string FromFileName(string path) =>
        DatePrefix().Replace(Path.GetFileNameWithoutExtension(path), "");

    /// <summary>Makes a slug from a title: "UK &amp; US agree" → "uk-us-agree".</summary>
    public static string FromTitle(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }
            if (LatinFold.Of(c) is { } folded)
            {
                builder.Append(folded);
                continue;
            }
            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        return Hyphens().Replace(builder.ToString(), "-").Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}-")]
    private static partial Regex DatePrefix();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
