using PartnershipSite.Content;
using PartnershipSite.Engine;
using PartnershipSite.Feeds;
using PartnershipSite.IO;
using PartnershipSite.Listings;

namespace PartnershipSite.Steps;

/// <summary>
/// Writes <c>sitemap.xml</c>: every page and PDF made so far, with the date it last changed. It runs after every
/// step that makes pages or PDFs, so nothing published is left out.
/// </summary>
public sealed class BuildSitemap : IStep
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
        var config = state.RequireConfig();
        var entries = SitemapWriter.Entries(config, state.Releases, state.Outputs.Select(o => o.Path), ListingDates(state));
        return ValueTask.FromResult(state.AddOutputs([OutputFile.FromText(Path, SitemapWriter.Write(entries), "input/releases")]));
    }

    /// <summary>
    /// Each listing page dated by the newest change among its releases (the pages RenderListings makes, by the same
    /// <see cref="Pagination"/>); the indexes and the subscribe page by the newest change of any release.
    /// </summary>
    private static Dictionary<string, DateTimeOffset> ListingDates(BuildState state)
    {
        var pageSize = state.RequireConfig().PageSize;
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var listings = state.Taxonomies.SelectMany(t => t.Terms.Select(term => (Folder: t.PathOf(term), term.Releases)))
            .Prepend((Folder: "", state.Releases));
        foreach (var (folder, releases) in listings)
        {
            foreach (var page in Pagination.Paginate(folder, releases, pageSize).Where(p => !p.Releases.IsEmpty))
            {
                dates[page.SitePath] = page.Releases.Max(r => r.Metadata.LastUpdated);
            }
        }
        if (!state.Releases.IsEmpty)
        {
            var newest = state.Releases.Max(r => r.Metadata.LastUpdated);
            foreach (var path in Taxonomy.Kinds.Select(k => k.Folder).Append(RenderSubscribePage.SitePath))
            {
                dates[path] = newest;
            }
        }
        return dates;
    }
}
