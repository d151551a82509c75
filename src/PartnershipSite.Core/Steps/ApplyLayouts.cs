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
        context.Progress.Items("releases laid out", state.Releases.Length);
        var rendered = state.Releases
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            .Select(release => (Release: release, Page: context.Memo(nameof(ApplyLayouts), Key(release), bag => Render(release, bag))))
            .Select(rendered => { context.Progress.ItemDone(); return rendered; })
            .ToList();
        // A release whose page could not be rendered is left out of the listings, feeds and sitemap that follow,
        // so its one error is not repeated as broken links to it.
        return ValueTask.FromResult(state.AddOutputs(rendered.Select(r => r.Page).OfType<OutputFile>()) with
        {
            Releases = [.. rendered.Where(r => r.Page is not null).Select(r => r.Release)],
        });

        // Everything a release page depends on: the release, its layout and the base layout (by identity: unchanged
        // layouts keep their parsed object), the site, and for an unknown layout the names PS0107 lists.
        object Key(Release release)
        {
            var layout = release.Metadata.Layout;
            var names = theme.HasLayout(layout) ? "" : string.Join(",", theme.LayoutNames);
            // The site view is made from the configuration and the stylesheet's name; its lists compare by reference.
            return (new Identity(release), theme.TemplateOf(layout), theme.TemplateOf("base"), config, site.Stylesheet, names);
        }

        OutputFile? Render(Release release, DiagnosticBag diagnostics)
        {
            var meta = release.Metadata;
            if (!theme.HasLayout(meta.Layout) || LoadTheme.SiteLayouts.Contains(meta.Layout))
            {
                var layouts = theme.LayoutNames.Where(n => !LoadTheme.SiteLayouts.Contains(n));
                diagnostics.Add(Codes.UnknownLayout, release.LayoutLocation ?? new SourceLocation(release.Source.DisplayPath, 1, 1),
                    meta.Layout, string.Join(", ", layouts));
                return null;
            }
            var values = new Dictionary<string, object>
            {
                ["site"] = site,
                ["page"] = ViewFactory.ReleasePage(config, release),
                ["release"] = ViewFactory.Release(config, release),
            };
            var html = theme.Render(meta.Layout, values, diagnostics);
            return html is null ? null : OutputFile.FromText(release.SitePath + "index.html", html, release.Source.DisplayPath);
        }
    }
}
