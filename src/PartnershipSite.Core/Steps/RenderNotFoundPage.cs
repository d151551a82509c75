using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Templates;

namespace PartnershipSite.Steps;

/// <summary>Renders <c>404.html</c>, which static hosts such as Netlify serve for any missing path.</summary>
internal sealed class RenderNotFoundPage : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Theme, Facet.AssetPaths);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Pages, Facet.Outputs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var values = new Dictionary<string, object>
        {
            ["site"] = ViewFactory.Site(config, state.Assets),
            ["page"] = ViewFactory.Page(config, state.Theme!.Labels!, "Page not found", "The page you were looking for was not found.", "404.html", config.Language, "not-found"),
        };
        var html = state.Theme!.Render("404", values, context.Diagnostics);
        return ValueTask.FromResult(html is null ? state : state.AddOutputs([OutputFile.FromText("404.html", html, state.Theme.PathOf("404"), new Provenance(OutputKind.NotFoundPage) { Layout = "404" })]));
    }
}
