using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// Writes <c>robots.txt</c>, which allows every crawler and names the sitemap. Crawlers read it only at the host's
/// root, so it takes effect when the base URL has no path (as on Netlify).
/// </summary>
internal sealed class WriteRobotsTxt : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.SiteFiles, Facet.Outputs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var sitemap = state.RequireConfig().Absolute(BuildSitemap.Path).AbsoluteUri;
        // RFC 9309 for the rules; the Sitemap line is the sitemaps.org extension and must be an absolute URL.
        var text = $"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n";
        return ValueTask.FromResult(state.AddOutputs([OutputFile.FromText("robots.txt", text, "input/site.yml", new Provenance(OutputKind.Robots))]));
    }
}
