using PartnershipSite.Content;
using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>Reads every <c>input/releases/*.md</c> file and decodes it as UTF-8.</summary>
internal sealed class LoadContent : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Sources);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var folder = Path.Join(context.Options.InputDirectory, "releases");
        if (!context.FileSystem.DirectoryExists(folder))
        {
            return ValueTask.FromResult(state);
        }
        var sources = context.FileSystem.ListFiles(folder, recursive: false)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal))
            // Unchanged files (same length and write time) are not read again when a cache is present.
            .Select(file => context.Memo(nameof(LoadContent), (file, context.FileSystem.Stamp(file)), bag => context.ReadSource(file, bag)))
            .OfType<SourceFile>();
        return ValueTask.FromResult(state with { Sources = [.. sources] });
    }
}
