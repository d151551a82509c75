using System.Collections.Frozen;
using System.Collections.Immutable;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Cli.Preview;

/// <summary>
/// What the preview server serves, swapped whole after each build: the last good site's files, and the latest
/// build's diagnostics (pages show the error page while it has errors).
/// </summary>
internal sealed record PreviewSite(FrozenDictionary<string, OutputFile> Files, ImmutableArray<Diagnostic> Diagnostics, long Build)
{
    /// <summary>Nothing built yet.</summary>
    public static PreviewSite Empty { get; } = new(FrozenDictionary<string, OutputFile>.Empty, [], 0);

    /// <summary>True when the latest build had errors.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The next site after <paramref name="result"/>: its files when it succeeded, else the last good ones.</summary>
    public PreviewSite After(BuildResult result, long build) => result.HasErrors
        ? this with { Diagnostics = result.Diagnostics, Build = build }
        : new PreviewSite(result.Outputs.ToFrozenDictionary(o => o.Path, StringComparer.Ordinal), result.Diagnostics, build);

    /// <summary>The file for a request path: <c>/</c> and <c>/x/</c> mean their <c>index.html</c>.</summary>
    public OutputFile? Find(string requestPath)
    {
        var path = Uri.UnescapeDataString(requestPath.TrimStart('/'));
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        return Files.GetValueOrDefault(path);
    }
}
