using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// Puts a content hash in every asset's name (<c>assets/css/site.css</c> → <c>assets/css/site.1a2b3c4d5e.css</c>) so
/// hosts can cache assets for a year (<c>immutable</c>): a changed file gets a new name. <c>url(…)</c> references in
/// stylesheets to other assets (fonts, images) are rewritten first, so a stylesheet's hash covers them. Templates
/// link the stylesheet through <c>site.stylesheet</c>.
/// </summary>
internal sealed partial class FingerprintAssets : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.ThemeAssets);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.AssetPaths, Facet.Outputs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var assets = state.Outputs.Where(IsAsset).ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var renamed = new List<OutputFile>();
        // Stylesheets last: they are rewritten to point at the other assets' new names before being hashed.
        foreach (var asset in assets.OrderBy(a => IsStylesheet(a.Path)).ThenBy(a => a.Path, StringComparer.Ordinal))
        {
            var content = IsStylesheet(asset.Path) ? RewriteUrls(asset, names) : asset.Content;
            var path = Fingerprinted(asset.Path, content.Span);
            names[asset.Path] = path;
            renamed.Add(asset with { Path = path, Content = content });
        }
        return ValueTask.FromResult(state with
        {
            Outputs = [.. state.Outputs.Where(o => !IsAsset(o)), .. renamed],
            Assets = names.ToFrozenDictionary(StringComparer.Ordinal),
        });
    }

    /// <summary>The fingerprinted path: the first 10 hex digits of the SHA-256 of the content, before the extension.</summary>
    public static string Fingerprinted(string path, ReadOnlySpan<byte> content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var extension = Path.GetExtension(path);
        return $"{path[..^extension.Length]}.{hash}{extension}";
    }

    private static bool IsAsset(OutputFile file) => file.Provenance.Kind == OutputKind.Asset;

    private static bool IsStylesheet(string path) => path.EndsWith(".css", StringComparison.Ordinal);

    private static ReadOnlyMemory<byte> RewriteUrls(OutputFile stylesheet, Dictionary<string, string> names)
    {
        var folder = stylesheet.Path[..(stylesheet.Path.LastIndexOf('/') + 1)];
        if (!Text.Utf8.TryDecode(stylesheet.Content.Span, out var css, out _))
        {
            return stylesheet.Content;
        }
        var rewritten = CssUrl().Replace(css, match =>
        {
            var url = match.Groups["url"].Value;
            var suffix = url.IndexOfAny(['?', '#']) is var at and >= 0 ? url[at..] : "";
            var target = Resolve(folder, url[..(url.Length - suffix.Length)]);
            return target is not null && names.TryGetValue(target, out var name)
                ? $"url(\"{Relative(folder, name)}{suffix}\")"
                : match.Value;
        });
        return Text.Utf8.GetBytes(rewritten);
    }

    // A relative URL resolved against the stylesheet's folder; null for absolute URLs and data: URIs.
    private static string? Resolve(string folder, string url)
    {
        if (url.Length == 0 || url.Contains(':', StringComparison.Ordinal) || url.StartsWith('/'))
        {
            return null;
        }
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in url.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    private static string Relative(string folder, string path)
    {
        var from = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = path.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }
        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }

    // CSS url() with an optional quote: url(x), url('x'), url("x").
    [GeneratedRegex("""url\(\s*(?<quote>['"]?)(?<url>[^'")]+)\k<quote>\s*\)""")]
    private static partial Regex CssUrl();
}
