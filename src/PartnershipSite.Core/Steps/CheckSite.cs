using System.Collections.Frozen;
using PartnershipSite.Checks;
using PartnershipSite.Diagnostics;
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
        var summaries = await checker.RunAsync(InputOf(state, context), reporter, context.Options.Parallelism, cancellationToken, context.Progress).ConfigureAwait(false);
        return state with { Checks = summaries };
    }

    // The checks' view of a build's outputs, before they are written: each page knows its release and layouts.
    private static CheckInput InputOf(BuildState state, BuildContext context)
    {
        var releases = state.Releases.ToFrozenDictionary(r => r.SitePath + "index.html", StringComparer.Ordinal);
        var pdfs = state.Releases.Where(r => r.Pdf is not null).ToFrozenDictionary(r => r.Pdf!.SitePath, StringComparer.Ordinal);
        var theme = state.Theme;
        var layouts = theme?.LayoutNames.ToDictionary(theme.PathOf, name => name, StringComparer.Ordinal) ?? [];
        return new CheckInput(
            state.Outputs,
            state.RequireConfig().BaseUrl,
            path => context.DisplayPath(Path.Join(context.Options.OutputDirectory, path)),
            releases)
        {
            // Pages are rendered through their layout, then the base layout: name both, so a template link can be found.
            MadeFrom = file => theme is null || !theme.HasLayout("base") ? file.Source
                : releases.TryGetValue(file.Path, out var release) && theme.HasLayout(release.Metadata.Layout)
                    ? $"{theme.PathOf(release.Metadata.Layout)} inside {theme.PathOf("base")}, for {release.Source.DisplayPath}"
                : layouts.ContainsKey(file.Source) ? $"{file.Source} inside {theme.PathOf("base")}"
                : file.Source,
            PdfLinkSource = (file, url) => pdfs.TryGetValue(file.Path, out var release)
                ? MarkdownSourceMap.FirstLink(release, new Uri(state.RequireConfig().BaseUrl, release.SitePath.TrimStart('/')), url)
                    ?? new SourceLocation(release.Source.DisplayPath, 1, 1)
                : null,
            LayoutsOf = file => theme is null ? []
                : releases.TryGetValue(file.Path, out var release) ? theme.SourcesOf(release.Metadata.Layout)
                : layouts.TryGetValue(file.Source, out var layout) ? theme.SourcesOf(layout)
                : [],
        };
    }
}
