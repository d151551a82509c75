using PartnershipSite.Checks;
using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>
/// Runs the checks in <c>Checks/</c> (links, accessibility, plain English) over the outputs before they are
/// written, so a broken link or an inaccessible page stops the site from being published.
/// </summary>
public sealed class CheckSite : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Outputs);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Checks);

    /// <inheritdoc />
    public async ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var configured = state.RequireConfig().Checks;
        var settings = configured with { External = configured.External with { Enabled = context.Options.CheckExternal } };
        var reporter = new CheckReporter(context.Diagnostics, settings);
        var checker = new SiteChecker(CheckCatalogue.WithExternalLinks(context.FileSystem, context.Clock));
        var summaries = await checker.RunAsync(CheckInput.FromBuild(state, context), reporter, context.Options.Parallelism, cancellationToken, context.Progress).ConfigureAwait(false);
        return state with { Checks = summaries };
    }
}
