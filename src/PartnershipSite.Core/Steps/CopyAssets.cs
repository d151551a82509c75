using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>Copies <c>theme/assets/**</c> to <c>assets/**</c> in the output, byte for byte.</summary>
internal sealed class CopyAssets : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.ThemeAssets, Facet.Outputs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var folder = Path.Join(state.RequireConfig().ThemeDirectory, "assets");
        if (!context.FileSystem.DirectoryExists(folder))
        {
            return ValueTask.FromResult(state);
        }
        var assets = context.FileSystem.ListFiles(folder, recursive: true)
            .Select(file => new OutputFile(
                "assets/" + Path.GetRelativePath(folder, file).Replace('\\', '/'),
                context.FileSystem.ReadAllBytes(file),
                context.DisplayPath(file),
                new Provenance(OutputKind.Asset)));
        return ValueTask.FromResult(state.AddOutputs(assets));
    }
}
