using PartnershipSite.Content;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Templates;

namespace PartnershipSite.Steps;

/// <summary>Renders the A–Z index of each kind of term (<c>topics/</c>, <c>organisations/</c>) through the <c>terms</c> layout.</summary>
internal sealed class RenderTermIndexes : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Theme, Facet.AssetPaths, Facet.Taxonomies);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Pages, Facet.Outputs);

    /// <summary>The layout the indexes are rendered with.</summary>
    public const string Layout = "terms";

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var theme = state.Theme!;
        var site = ViewFactory.Site(config, state.Assets);
        var outputs = new List<OutputFile>();
        foreach (var taxonomy in state.Taxonomies)
        {
            var kind = taxonomy.Kind;
            var lead = kind == Taxonomy.Organisations
                ? "Every organisation that has published a press release here, A to Z, with how many it has published."
                : "Every topic press releases are about, A to Z, with how many releases each has.";
            var view = new TermIndexView(kind.Title, lead, kind.Singular,
                [.. taxonomy.Terms.Select(t => new TermSummaryView(t.Name, config.BasePath + taxonomy.PathOf(t), t.Releases.Length, ViewFactory.CountOfReleases(t.Releases.Length)))]);
            var values = new Dictionary<string, object>
            {
                ["site"] = site,
                ["page"] = ViewFactory.Page(config, state.Theme!.Labels!, kind.Title, lead, kind.Folder, config.Language, "terms"),
                ["index"] = view,
            };
            if (theme.Render(Layout, values, context.Diagnostics) is { } html)
            {
                outputs.Add(OutputFile.FromText(kind.Folder + "index.html", html, theme.PathOf(Layout),
                    // Its counts change as any release does; dated by the newest.
                    new Provenance(OutputKind.TermIndex) { Layout = Layout, LastUpdated = state.Releases.IsEmpty ? null : state.Releases.Max(r => r.Metadata.LastUpdated) }));
            }
        }
        return ValueTask.FromResult(state.AddOutputs(outputs));
    }
}
