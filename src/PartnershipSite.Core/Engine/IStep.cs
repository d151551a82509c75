namespace PartnershipSite.Engine;

/// <summary>One named step of the build: takes the state, returns a new state.</summary>
public interface IStep
{
    /// <summary>The step's name as progress output shows it (the class name, a verb and a noun).</summary>
    string Name => GetType().Name;

    /// <summary>Runs the step. Problems with content go to <see cref="BuildContext.Diagnostics"/>, not exceptions.</summary>
    ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken);
}
