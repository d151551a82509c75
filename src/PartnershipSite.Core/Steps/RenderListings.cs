using System.Collections.Concurrent;
using System.Collections.Immutable;
using PartnershipSite.Caching;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Listings;
using PartnershipSite.Templates;

namespace PartnershipSite.Steps;

/// <summary>
/// Renders every listing of releases through the <c>listing</c> layout, paginated by <see cref="Pagination"/>: the
/// home page and <c>page/N/</c>, and each topic's and organisation's pages (<c>topics/&lt;slug&gt;/</c>, and
/// <c>topics/&lt;slug&gt;/page/N/</c>).
/// </summary>
internal sealed class RenderListings : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Theme, Facet.AssetPaths, Facet.Taxonomies, Facet.Documents);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Pages, Facet.Outputs);

    /// <summary>The layout every listing page is rendered with.</summary>
    public const string Layout = "listing";

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var theme = state.Theme!;
        var site = ViewFactory.Site(config, state.Assets);
        var listings = new List<Listing>
        {
            new("", "Press releases", config.Title, config.Description, "Latest press releases",
                // Listings are in the site's language: a translation is reached from its original's switch.
                [.. state.Releases.Where(r => !r.IsTranslation)], OwnFeeds: false),
        };
        foreach (var taxonomy in state.Taxonomies)
        {
            var organisations = taxonomy.Kind == Taxonomy.Organisations;
            listings.AddRange(taxonomy.Terms.Select(term => new Listing(
                taxonomy.PathOf(term),
                term.Name,
                term.Name,
                organisations ? $"Press releases from {term.Name}." : $"Press releases on the topic {term.Name}.",
                "Latest press releases",
                term.Releases,
                OwnFeeds: true)));
        }
        var pages = listings.SelectMany(l => Pagination.Paginate(l.Folder, l.Releases, config.PageSize).Select(page => (Listing: l, Page: page)));
        // A release is listed on several pages (the home page's, each of its topics', each of its organisations'):
        // its view is made once, when the first page that lists it is rendered.
        var views = new ConcurrentDictionary<Release, ReleaseView>(ReferenceEqualityComparer.Instance);
        var template = theme.TemplateOf(Layout);
        var baseTemplate = theme.TemplateOf("base");
        var rendered = pages
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            // A page's inputs: its own text and releases (by identity, so a release whose topics or organisations
            // change moves in and out of exactly the pages it affects), the layouts, the site and its stylesheet.
            .Select(p => context.Memo(nameof(RenderListings),
                (p.Listing with { Releases = [] }, p.Page with { Releases = [] }, new IdentityList<Release>(p.Page.Releases),
                    new Identity(template!), new Identity(baseTemplate!), config, site.Stylesheet),
                bag => Render(p.Listing, p.Page, bag)))
            .ToList();
        return ValueTask.FromResult(state.AddOutputs(rendered.OfType<OutputFile>()));

        OutputFile? Render(Listing listing, ListingPage page, DiagnosticBag diagnostics)
        {
            var first = page.Number == 1;
            var isHome = listing.Folder.Length == 0 && first;
            var title = first ? listing.Name : $"{listing.Name}, page {page.Number} of {page.Count}";
            var pageView = ViewFactory.Page(config, state.Theme!.Labels!, title, listing.Lead, page.SitePath, config.Language, isHome ? "home" : "listing") with
            {
                PreviousUrl = page.PreviousPath is { } previous ? config.Absolute(previous).AbsoluteUri : "",
                NextUrl = page.NextPath is { } next ? config.Absolute(next).AbsoluteUri : "",
                Feeds = listing.OwnFeeds ? ViewFactory.FeedLinks(config, listing.Folder, listing.Name) : [],
            };
            var view = new ListingView(
                first ? listing.Heading : listing.Name,
                listing.Lead,
                first ? listing.ListHeading : $"Page {page.Number} of {page.Count}",
                [.. page.Releases.Select(r => views.GetOrAdd(r, release => ViewFactory.Release(config, release)))],
                ViewFactory.Pagination(config, page),
                listing.OwnFeeds ? ViewFactory.FeedFiles(config, listing.Folder) : []);
            var values = new Dictionary<string, object> { ["site"] = site, ["page"] = pageView, ["listing"] = view };
            var html = theme.Render(Layout, values, diagnostics);
            // Dated by the newest change among the releases it lists; the home page by the newest of any release.
            var listed = isHome ? state.Releases : page.Releases;
            var provenance = new Provenance(OutputKind.Listing) { Layout = Layout, LastUpdated = listed.IsEmpty ? null : listed.Max(r => r.Metadata.LastUpdated) };
            return html is null ? null : OutputFile.FromText(page.SitePath + "index.html", html, theme.PathOf(Layout), provenance);
        }
    }

    // Name: what the page title calls the listing ("Press releases", "Science"); Heading: page 1's h1.
    private sealed record Listing(string Folder, string Name, string Heading, string Lead, string ListHeading, ImmutableArray<Release> Releases, bool OwnFeeds);
}
