using System.Collections.Immutable;
using System.Globalization;
using Tomlyn;
using Tomlyn.Model;

namespace PartnershipSite.Cli.Preview;

/// <summary>
/// The <c>[[headers]]</c> and <c>[[redirects]]</c> of <c>netlify.toml</c>, applied by the preview server so a
/// preview answers as production does.
/// </summary>
internal sealed record NetlifyRules(ImmutableArray<HeaderRule> Headers, ImmutableArray<RedirectRule> Redirects)
{
    /// <summary>No rules: what a site without <c>netlify.toml</c> gets.</summary>
    public static NetlifyRules None { get; } = new([], []);

    /// <summary>Parses the text of a <c>netlify.toml</c>; returns false with a reason when it is not valid.</summary>
    public static bool TryParse(string toml, out NetlifyRules rules, out string? error)
    {
        rules = None;
        try
        {
            var model = TomlSerializer.Deserialize<TomlTable>(toml) ?? new TomlTable();
            var headers = TablesOf(model, "headers").Select(t => new HeaderRule(
                Required(t, "for"),
                [.. (t.TryGetValue("values", out var v) && v is TomlTable values ? values : new TomlTable())
                    .Select(kv => KeyValuePair.Create(kv.Key, Convert.ToString(kv.Value, CultureInfo.InvariantCulture) ?? ""))]));
            var redirects = TablesOf(model, "redirects").Select(t => new RedirectRule(
                Required(t, "from"),
                Required(t, "to"),
                t.TryGetValue("status", out var s) ? Convert.ToInt32(s, CultureInfo.InvariantCulture) : 301,
                t.TryGetValue("force", out var f) && f is true));
            rules = new NetlifyRules([.. headers], [.. redirects]);
            error = null;
            return true;
        }
        catch (Exception e) when (e is TomlException or InvalidDataException or InvalidCastException or FormatException)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>The headers for a request path, in file order; a header set by two matching rules is joined with ", " as Netlify does.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> HeadersFor(string path)
    {
        var merged = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in Headers.Where(h => PathPattern.Matches(h.For, path)).SelectMany(h => h.Values))
        {
            var index = merged.FindIndex(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                merged.Add(KeyValuePair.Create(name, value));
            }
            else
            {
                merged[index] = KeyValuePair.Create(merged[index].Key, merged[index].Value + ", " + value);
            }
        }
        return merged;
    }

    /// <summary>The first redirect whose <c>from</c> matches, with <c>:splat</c> filled in; Netlify rules match top down.</summary>
    public (RedirectRule Rule, string Target)? RedirectFor(string path)
    {
        foreach (var rule in Redirects)
        {
            if (PathPattern.Match(rule.From, path) is { } splat)
            {
                return (rule, rule.To.Replace(":splat", splat, StringComparison.Ordinal));
            }
        }
        return null;
    }

    private static TomlTableArray TablesOf(TomlTable model, string key) =>
        model.TryGetValue(key, out var value) && value is TomlTableArray array ? array : [];

    private static string Required(TomlTable table, string key) =>
        table.TryGetValue(key, out var value) && value is string text && text.Length > 0
            ? text
            : throw new InvalidDataException($"A rule has no '{key}'.");
}

/// <summary>One <c>[[headers]]</c> rule: the path pattern and the headers it adds.</summary>
internal sealed record HeaderRule(string For, ImmutableArray<KeyValuePair<string, string>> Values);

/// <summary>One <c>[[redirects]]</c> rule. Unless <paramref name="Force"/>, it applies only where no file exists.</summary>
internal sealed record RedirectRule(string From, string To, int Status, bool Force);
