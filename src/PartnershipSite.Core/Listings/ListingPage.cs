using System.Collections.Immutable;
using PartnershipSite.Content;

namespace PartnershipSite.Listings;

/// <summary>One page of a paginated listing.</summary>
/// <param name="SitePath">Where the page is published: the listing's folder for page 1, <c>&lt;folder&gt;page/N/</c> after.</param>
/// <param name="Number">The page's number, from 1.</param>
/// <param name="Count">How many pages the listing has (at least 1, so an empty listing still has its page).</param>
/// <param name="Releases">The releases on this page, newest first.</param>
/// <param name="PreviousPath">The previous page's site path, or null on the first page.</param>
/// <param name="NextPath">The next page's site path, or null on the last page.</param>
internal sealed record ListingPage(string SitePath, int Number, int Count, ImmutableArray<Release> Releases, string? PreviousPath, string? NextPath);
