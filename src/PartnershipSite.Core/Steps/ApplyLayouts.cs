using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Templates;

namespace PartnershipSite.Steps;

/// <summary>Renders each release through its theme layout to <c>releases/&lt;slug&gt;/index.html</c>.</summary>
public sealed class ApplyLayouts : IStep
{
    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var theme = state.Theme!;
        var site = ViewFactory.Site(config);
        var rendered = state.Releases
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            .Select(release => (Release: release, Page: Render(release)))
            .ToList();
        // A release whose page could not be rendered is left out of the listings, feeds and sitemap that follow,
        // so its one error is not repeated as broken links to it.
        return ValueTask.FromResult(state.AddOutputs(rendered.Select(r => r.Page).OfType<OutputFile>()) with
        {
            Releases = [.. rendered.Where(r => r.Page is not null).Select(r => r.Release)],
        });

        OutputFile? Render(Release release)
        {
            var meta = release.Metadata;
            if (!theme.HasLayout(meta.Layout) || meta.Layout is "base" or "home" or "404")
            {
                var layouts = theme.LayoutNames.Where(n => n is not ("base" or "home" or "404"));
                context.Diagnostics.Add(Codes.UnknownLayout, release.LayoutLocation ?? new SourceLocation(release.Source.DisplayPath, 1, 1),
                    meta.Layout, string.Join(", ", layouts));
                return null;
            }
            var values = new Dictionary<string, object>
            {
                ["site"] = site,
                ["page"] = ViewFactory.ReleasePage(config, release),
                ["release"] = ViewFactory.Release(config, release),
            };
            var html = theme.Render(meta.Layout, values, context.Diagnostics);
            return html is null ? null : OutputFile.FromText(release.SitePath + "index.html", html, release.Source.DisplayPath);
        }
    }
}
