using System.Globalization;
using System.Text;
using PartnershipSite.Engine;
using PartnershipSite.Feeds;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// Writes <c>sitemap.xml</c>: every page and PDF made so far, with the date it last changed (from each output's
/// <see cref="Provenance"/>). It runs after every step that makes pages or PDFs, so nothing published is left out.
/// </summary>
internal sealed class BuildSitemap : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Pages, Facet.Taxonomies);

    /// <inheritdoc />
    public IReadOnlySet<Facet> UsesIfPresent { get; } = Facets.Of(Facet.Pdfs);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.SiteFiles, Facet.Outputs);

    /// <summary>Where the sitemap is published, as <c>robots.txt</c> names it.</summary>
    public const string Path = "sitemap.xml";

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        // Each output's kind and last update are its provenance, set by the step that made it.
        var config = state.RequireConfig();
        // The preview server writes it again only when what it lists changed (an edit to a release's text does not):
        // the key is every indexable output's path and last update, and every release's language versions.
        var listed = new StringBuilder();
        foreach (var output in state.Outputs.Where(o => o.Provenance.IsIndexable))
        {
            listed.Append(output.Path).Append('\t').Append(output.Provenance.LastUpdated?.ToString("O", CultureInfo.InvariantCulture)).Append('\n');
        }
        foreach (var release in state.Releases.Where(r => !r.Versions.IsEmpty))
        {
            listed.Append(release.SitePath).AppendJoin('\t', release.Versions.Select(v => v.Language + " " + v.SitePath)).Append('\n');
        }
        var text = context.Memo(nameof(BuildSitemap), (config, ContentHash.Of(listed.ToString())),
            _ => SitemapWriter.Write(SitemapWriter.Entries(config, state.Outputs, state.Releases)));
        return ValueTask.FromResult(state.AddOutputs([OutputFile.FromText(Path, text, "input/releases", new Provenance(OutputKind.Sitemap))]));
    }
}
