using PartnershipSite.Caching;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>Renders each release through its theme layout to <c>releases/&lt;slug&gt;/index.html</c>.</summary>
internal sealed class ApplyLayouts : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Theme, Facet.AssetPaths, Facet.BodyHtml, Facet.Documents);

    /// <inheritdoc />
    public IReadOnlySet<Facet> UsesIfPresent { get; } = Facets.Of(Facet.Pdfs);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Pages, Facet.Outputs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var theme = state.Theme!;
        context.Progress.Items("releases laid out", state.Releases.Length);
        var rendered = state.Releases
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            .Select(release => (Release: release, Page: Cached(release)))
            .Select(rendered => { context.Progress.ItemDone(); return rendered; })
            .ToList();
        // A release whose page could not be rendered is left out of the listings, feeds and sitemap that follow,
        // so its one error is not repeated as broken links to it.
        return ValueTask.FromResult(state.AddOutputs(rendered.Select(r => r.Page).OfType<OutputFile>()) with
        {
            Releases = [.. rendered.Where(r => r.Page is not null).Select(r => r.Release)],
        });

        // Cached by what the page read: its layout and the base layout, and the views the layouts see.
        OutputFile? Cached(Release release) =>
            context.Work.Run(nameof(ApplyLayouts), release.Source.FullPath, release.Source.DisplayPath, ProvenanceOf(release),
                new SettingScope(config, state.Assets, release), context.Diagnostics, (unit, bag) => Render(release, unit, bag))?.File;

        WorkResult? Render(Release release, WorkUnit unit, DiagnosticBag diagnostics)
        {
            var meta = release.Metadata;
            if (!theme.HasLayout(meta.Layout) || LoadTheme.SiteLayouts.Contains(meta.Layout))
            {
                var layouts = theme.LayoutNames.Where(n => !LoadTheme.SiteLayouts.Contains(n));
                diagnostics.Add(Codes.UnknownLayout, release.LayoutLocation ?? new SourceLocation(release.Source.DisplayPath, 1, 1),
                    meta.Layout, string.Join(", ", layouts));
                return null;
            }
            // The layouts were parsed by LoadTheme; the page depends on their files' content.
            unit.DependOn(Path.Join(config.ThemeDirectory, "layouts", meta.Layout + ".liquid"));
            unit.DependOn(Path.Join(config.ThemeDirectory, "layouts", "base.liquid"));
            var (page, view) = unit.Use(Settings.ReleaseViews);
            var values = new Dictionary<string, object>
            {
                ["site"] = unit.Use(Settings.SiteView),
                ["page"] = page,
                ["release"] = view,
            };
            var html = theme.Render(meta.Layout, values, diagnostics);
            return html is null ? null : new WorkResult(OutputFile.FromText(release.SitePath + "index.html", html, release.Source.DisplayPath, ProvenanceOf(release)));
        }
    }

    /// <summary>A release page's provenance: its release, its layout and its last update.</summary>
    public static Provenance ProvenanceOf(Release release) => new(OutputKind.ReleasePage)
    {
        Release = release.SitePath,
        Layout = release.Metadata.Layout,
        LastUpdated = release.Metadata.LastUpdated,
    };
}
