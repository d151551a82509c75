using PartnershipSite.Content;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// Publishes each release's folder (<c>input/releases/&lt;file name without .md&gt;/**</c>, its images) beside its page at
/// <c>releases/&lt;slug&gt;/**</c>, byte for byte, so <c>![alt](chart.png)</c> resolves on the page as it does in the PDF.
/// </summary>
internal sealed class CopyReleaseFiles : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.UniqueSlugs, Facet.Embargoes);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.ReleaseFiles, Facet.Outputs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var fs = context.FileSystem;
        // The folders are found by listing each folder of releases once (with the confined file system's rules for
        // links), not by asking after every release's folder: a site of 10,000 releases has a handful of folders.
        var folders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var parent in state.Releases.Select(r => Path.GetDirectoryName(ReleaseFolder.Of(r.Source))!).Distinct(StringComparer.Ordinal))
        {
            if (!fs.DirectoryExists(parent))
            {
                continue;
            }
            foreach (var file in fs.ListFiles(parent, recursive: true))
            {
                var relative = Path.GetRelativePath(parent, file).Replace('\\', '/');
                if (relative.IndexOf('/', StringComparison.Ordinal) is var slash and > 0)
                {
                    var folder = Path.Join(parent, relative[..slash]);
                    (folders.TryGetValue(folder, out var list) ? list : folders[folder] = []).Add(file);
                }
            }
        }
        var files = state.Releases.SelectMany(release =>
        {
            var folder = ReleaseFolder.Of(release.Source);
            return folders.TryGetValue(folder, out var found)
                ? found.Select(file => new OutputFile(
                    release.SitePath + Path.GetRelativePath(folder, file).Replace('\\', '/'),
                    // Unchanged files (same length and write time) are not read again when a cache is present.
                    context.Memo(nameof(CopyReleaseFiles), (file, fs.Stamp(file)), _ => fs.ReadAllBytes(file)),
                    context.DisplayPath(file),
                    new Provenance(OutputKind.ReleaseFile) { Release = release.SitePath }))
                : [];
        });
        return ValueTask.FromResult(state.AddOutputs([.. files]));
    }
}
