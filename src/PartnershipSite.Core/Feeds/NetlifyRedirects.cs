using System.Collections.Frozen;
using System.Text;

namespace PartnershipSite.Feeds;

/// <summary>
/// Netlify's <c>_redirects</c> file (one rule a line: <c>/old/path /new/path/ 301</c>), written for old release paths
/// and read back by the link checks and the preview server, so all three agree on where an old path leads.
/// </summary>
public static class NetlifyRedirects
{
    /// <summary>The file's name at the root of the published site.</summary>
    public const string Path = "_redirects";

    /// <summary>The file's text: one permanent redirect a line, sorted by old path.</summary>
    public static string Write(IEnumerable<KeyValuePair<string, string>> rules)
    {
        var text = new StringBuilder("# Old paths of releases whose headline (and so URL) changed: written by PartnershipSite from redirect_from.\n");
        foreach (var (from, to) in rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.Append(from).Append(' ').Append(to).Append(" 301\n");
        }
        return text.ToString();
    }

    /// <summary>The rules of a <c>_redirects</c> file: old path to new path; comments, blank and malformed lines are skipped.</summary>
    public static FrozenDictionary<string, string> Read(string text)
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && !parts[0].StartsWith('#') && parts[0].StartsWith('/'))
            {
                rules.TryAdd(parts[0], parts[1]);
            }
        }
        return rules.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
