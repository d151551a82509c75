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
        var files = state.Releases.SelectMany(release =>
        {
            var folder = ReleaseFolder.Of(release.Source);
            return context.FileSystem.DirectoryExists(folder)
                ? context.FileSystem.ListFiles(folder, recursive: true).Select(file => new OutputFile(
                    release.SitePath + Path.GetRelativePath(folder, file).Replace('\\', '/'),
                    context.FileSystem.ReadAllBytes(file),
                    context.DisplayPath(file),
                    new Provenance(OutputKind.ReleaseFile) { Release = release.SitePath }))
                : [];
        });
        return ValueTask.FromResult(state.AddOutputs([.. files]));
    }
}
