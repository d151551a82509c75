using System.Text.RegularExpressions;

namespace PartnershipSite.Cli.Preview;

/// <summary>Netlify path patterns: literal paths, where <c>*</c> matches the rest of the path (the splat).</summary>
internal static class PathPattern
{
    /// <summary>True when <paramref name="path"/> matches <paramref name="pattern"/>.</summary>
    public static bool Matches(string pattern, string path) => Match(pattern, path) is not null;

    /// <summary>The text the <c>*</c> matched (empty when the pattern has none), or null when there is no match.</summary>
    public static string? Match(string pattern, string path)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return string.Equals(pattern, path, StringComparison.Ordinal) ? "" : null;
        }
        var regex = "^" + Regex.Escape(pattern[..star]) + "(.*)" + Regex.Escape(pattern[(star + 1)..]) + "$";
        var match = Regex.Match(path, regex, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups[1].Value : null;
    }
}
