using System.Collections.Immutable;
using PartnershipSite.Content;
using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>Reads every <c>input/releases/*.md</c> file and decodes it as UTF-8.</summary>
public sealed class LoadContent : IStep
{
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
            .Select(context.ReadSource)
            .OfType<SourceFile>();
        return ValueTask.FromResult(state with { Sources = [.. sources] });
    }
}
