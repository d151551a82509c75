using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Templates;

namespace PartnershipSite.Steps;

/// <summary>
/// Renders <c>subscribe/</c>: what a feed is and how to use one, with the site's feeds and every topic's and
/// organisation's, in every format. The header's "Subscribe" link leads here rather than to raw XML.
/// </summary>
internal sealed class RenderSubscribePage : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Theme, Facet.AssetPaths, Facet.Taxonomies);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Pages, Facet.Outputs);

    /// <summary>The layout, and the page's site path.</summary>
    public const string Layout = "subscribe";

    /// <summary>Where the page is published.</summary>
    public const string SitePath = "subscribe/";

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var theme = state.Theme!;
        var groups = state.Taxonomies.Select(t => new FeedGroupView(t.Kind.Title, t.Kind.Singular,
            [.. t.Terms.Select(term => new FeedSetView(term.Name, config.BasePath + t.PathOf(term), ViewFactory.FeedFiles(config, t.PathOf(term))))]));
        var values = new Dictionary<string, object>
        {
            ["site"] = ViewFactory.Site(config, state.Assets),
            ["page"] = ViewFactory.Page(config, state.Theme!.Labels!, "Subscribe", $"Follow new press releases from {config.Title} in a feed reader: every release, or one topic or organisation.",
                SitePath, config.Language, "subscribe"),
            ["site_feeds"] = new FeedSetView(config.Title, config.BasePath, ViewFactory.FeedFiles(config, "")),
            ["groups"] = groups.ToList(),
        };
        var html = theme.Render(Layout, values, context.Diagnostics);
        return ValueTask.FromResult(html is null ? state : state.AddOutputs([OutputFile.FromText(SitePath + "index.html", html, theme.PathOf(Layout),
            // It lists every term's feeds: it changes as the newest release does.
            new Provenance(OutputKind.Page) { Layout = Layout, LastUpdated = state.Releases.IsEmpty ? null : state.Releases.Max(r => r.Metadata.LastUpdated) })]));
    }
}
