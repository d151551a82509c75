using System.Collections.Frozen;
using PartnershipSite.Checks;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// Runs the checks in <c>Checks/</c> (links, accessibility, plain English) over the outputs before they are
/// written, so a broken link or an inaccessible page stops the site from being published.
/// </summary>
internal sealed class CheckSite : IStep
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
        // What the checks find in each file, and the parity check in each release, is kept in the build cache, so an
        // unchanged file is not parsed again.
        var checker = new SiteChecker(CheckCatalogue.WithExternalLinks(context.FileSystem, context.Clock), new Memo(context.Work));
        var summaries = await checker.RunAsync(InputOf(state, context), reporter, context.Options.Parallelism, cancellationToken, context.Progress).ConfigureAwait(false);
        return state with { Checks = summaries };
    }

    // The checks' view of a build's outputs, before they are written: each output's provenance names its release
    // and layout.
    private static CheckInput InputOf(BuildState state, BuildContext context)
    {
        var config = state.RequireConfig();
        var releases = state.Releases.ToFrozenDictionary(r => r.SitePath, StringComparer.Ordinal);
        var theme = state.Theme;
        var input = new CheckInput(
            state.Outputs,
            config.BaseUrl,
            path => context.DisplayPath(Path.Join(context.Options.OutputDirectory, path)),
            releases);
        return input with
        {
            // Pages are rendered through their layout, then the base layout: name both, so a template link can be found.
            MadeFrom = file => theme is null || !theme.HasLayout("base") || file.Provenance.Layout is not { } layout || !theme.HasLayout(layout) ? file.Source
                : file.Provenance is { Kind: OutputKind.ReleasePage, Release: not null }
                    ? $"{theme.PathOf(layout)} inside {theme.PathOf("base")}, for {file.Source}"
                : $"{theme.PathOf(layout)} inside {theme.PathOf("base")}",
            PdfLinkSource = (file, url) => input.ReleaseOf(file, OutputKind.Pdf) is { } release
                ? MarkdownSourceMap.FirstLink(release, new Uri(config.BaseUrl, release.SitePath.TrimStart('/')), url)
                    ?? new SourceLocation(release.Source.DisplayPath, 1, 1)
                : null,
            LayoutsOf = file => theme is not null && file.Provenance.Layout is { } layout && theme.HasLayout(layout) ? theme.SourcesOf(layout) : [],
        };
    }

    // The checker's findings in the build cache: one table per kind of work, "CheckSite.Files" and so on.
    private sealed class Memo(Caching.WorkCache work) : ICheckMemo
    {
        public T Remember<T>(string kind, string unit, string key, Func<T> make)
            where T : class => work.Remember($"{nameof(CheckSite)}.{kind}", unit, key, CheckJson.Default.Options, make);
    }
}
