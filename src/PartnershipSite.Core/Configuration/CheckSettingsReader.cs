using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PartnershipSite.Configuration;

/// <summary>
/// Reads <c>checks:</c> from <c>site.yml</c>: <c>severity</c> (code: error, warning, info or off) and
/// <c>external</c> (exclude, timeout, retries, concurrency, per_host, cache, cache_max_age).
/// </summary>
internal static partial class CheckSettingsReader
{
    private static readonly string[] KnownFields = ["severity", "external"];
    private static readonly string[] ExternalFields = ["exclude", "timeout", "retries", "concurrency", "per_host", "cache", "cache_max_age"];

    /// <summary>The <c>checks:</c> section of <c>site.yml</c>; problems go to <paramref name="diagnostics"/>.</summary>
    public static CheckSettings Read(YamlFields? fields, string inputDirectory, IO.IFileSystem fileSystem, DiagnosticBag diagnostics)
    {
        var defaultCache = fileSystem.GetFullPath(Path.Join(inputDirectory, "..", ".cache", "links.json"));
        var settings = CheckSettings.Default with { External = CheckSettings.Default.External with { CacheFile = defaultCache } };
        if (fields is null)
        {
            return settings;
        }
        fields.ReportUnknownKeys(Codes.UnknownField, KnownFields);
        var severities = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        foreach (var (code, value, at) in fields.Mapping("severity")?.Entries() ?? [])
        {
            var text = (value as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            if (!CheckCode().IsMatch(code))
            {
                diagnostics.Add(Codes.InvalidField, at, code, "a check's code, PS03xx, PS04xx or PS06xx");
                continue;
            }
            if (text is not ("error" or "warning" or "info" or "off"))
            {
                diagnostics.Add(Codes.InvalidField, at, code, "error, warning, info or off");
                continue;
            }
            DiagnosticSeverity? severity = text switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "info" => DiagnosticSeverity.Info,
                _ => null,
            };
            severities[code] = severity;
        }
        var external = settings.External;
        if (fields.Mapping("external") is { } ext)
        {
            ext.ReportUnknownKeys(Codes.UnknownField, ExternalFields);
            var exclude = new List<Regex>();
            foreach (var pattern in ext.StringList("exclude"))
            {
                try
                {
                    exclude.Add(new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
                }
                catch (ArgumentException)
                {
                    diagnostics.Add(Codes.InvalidField, ext.AtKey("exclude"), "exclude", "a list of regular expressions");
                }
            }
            var cache = ext.OptionalString("cache");
            external = external with
            {
                Exclude = [.. exclude],
                Timeout = TimeSpan.FromSeconds(ext.PositiveInt("timeout", (int)external.Timeout.TotalSeconds)),
                Retries = Retries(ext, external.Retries, diagnostics),
                MaxConcurrency = ext.PositiveInt("concurrency", external.MaxConcurrency),
                MaxConcurrencyPerHost = ext.PositiveInt("per_host", external.MaxConcurrencyPerHost),
                CacheMaxAge = TimeSpan.FromHours(ext.PositiveInt("cache_max_age", (int)external.CacheMaxAge.TotalHours)),
                CacheFile = cache is null ? external.CacheFile : fileSystem.GetFullPath(Path.IsPathRooted(cache) ? cache : Path.Join(inputDirectory, cache)),
            };
        }
        return settings with { Severities = severities.ToFrozenDictionary(StringComparer.Ordinal), External = external };
    }

    // 0 is a valid number of retries, unlike the other counts.
    private static int Retries(YamlFields fields, int fallback, DiagnosticBag diagnostics)
    {
        if (fields.Node("retries") is not { } node)
        {
            return fallback;
        }
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        diagnostics.Add(Codes.InvalidField, fields.At(node), "retries", "a whole number, 0 or more");
        return fallback;
    }

    [GeneratedRegex("^PS0[346][0-9]{2}$")]
    private static partial Regex CheckCode();
}
