using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>
/// Runs first: when the last publish was stopped between moving the old site aside and moving the new one in, puts
/// the old site back, so that every build starts with the previous output in place and a failed build can truly
/// leave it as it was. Records whether there is a previous output at all.
/// </summary>
internal sealed class RecoverInterruptedPublish : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.None;

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.PreviousOutput);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var fs = context.FileSystem;
        var folders = OutputFolders.For(context.Options.OutputDirectory);
        folders.Trust(context);
        try
        {
            // Never move the input into place: a folder named like ours that holds the input is left alone (WriteOutput refuses it).
            if (!WriteOutput.IsAtOrBelow(context.Options.InputDirectory, folders.Previous) && folders.RecoverInterrupted(fs))
            {
                context.Diagnostics.Add(Diagnostics.Codes.OutputRecovered, new Diagnostics.SourceLocation(context.DisplayPath(folders.Output)),
                    context.DisplayPath(folders.Previous));
            }
        }
        catch (IOException e)
        {
            context.Diagnostics.Add(Diagnostics.Codes.OutputFailed, new Diagnostics.SourceLocation(context.DisplayPath(folders.Output)), e.Message);
        }
        return ValueTask.FromResult(state with { PreviousOutputExists = fs.DirectoryExists(folders.Output) });
    }
}
