namespace PartnershipSite.Engine;

/// <summary>One named step of the build: takes the state, returns a new state.</summary>
public interface IStep
{
    /// <summary>The step's name as progress output shows it (the class name, a verb and a noun).</summary>
    string Name => GetType().Name;

    /// <summary>
    /// What the step reads: an earlier step must provide each, and every step that provides one must run before
    /// this one (so a step that needs <see cref="Facet.Pages"/> sees all of them).
    /// </summary>
    IReadOnlySet<Facet> Needs { get; }

    /// <summary>
    /// What the step uses when it is there but can do without (the PDFs, when <c>--skip pdf</c> removes them): no
    /// earlier step need provide it, but none may provide it later.
    /// </summary>
    IReadOnlySet<Facet> UsesIfPresent => Facets.None;

    /// <summary>What the step adds to the state (or changes in it).</summary>
    IReadOnlySet<Facet> Provides { get; }

    /// <summary>Runs the step. Problems with content go to <see cref="BuildContext.Diagnostics"/>, not exceptions.</summary>
    ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken);
}
