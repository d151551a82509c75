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
        var site = ViewFactory.Site(config, state.Assets);
        var pages = state.Releases
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            .Select(release => context.Memo(nameof(ApplyLayouts), (new Identity(release), new Identity(theme), config, site), bag => Render(release, bag)))
            .OfType<OutputFile>()
            .ToList();
        return ValueTask.FromResult(state.AddOutputs(pages));

        OutputFile? Render(Release release, DiagnosticBag diagnostics)
        {
            var meta = release.Metadata;
            if (!theme.HasLayout(meta.Layout) || meta.Layout is "base" or "home" or "404")
            {
                var layouts = theme.LayoutNames.Where(n => n is not ("base" or "home" or "404"));
                diagnostics.Add(Codes.UnknownLayout, release.LayoutLocation ?? new SourceLocation(release.Source.DisplayPath, 1, 1),
                    meta.Layout, string.Join(", ", layouts));
                return null;
            }
            var values = new Dictionary<string, object>
            {
                ["site"] = site,
                ["page"] = ViewFactory.Page(config, meta.Title, meta.Summary, release.SitePath, meta.Language, "release"),
                ["release"] = ViewFactory.Release(config, release),
            };
            var html = theme.Render(meta.Layout, values, diagnostics);
            return html is null ? null : OutputFile.FromText(release.SitePath + "index.html", html, release.Source.DisplayPath);
        }
    }
}
