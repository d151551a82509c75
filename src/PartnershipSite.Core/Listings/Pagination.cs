using System.Collections.Immutable;
using PartnershipSite.Content;

namespace PartnershipSite.Listings;

/// <summary>
/// Splits a listing into pages: the one rule every listing (home page, topic, organisation) follows, so their
/// paths, numbering and links cannot drift apart.
/// </summary>
internal static class Pagination
{
    /// <summary>The site path of page <paramref name="number"/> of the listing at <paramref name="folder"/>: page 1 is the folder itself (no <c>page/1/</c>).</summary>
    public static string PathOf(string folder, int number) => number == 1 ? folder : $"{folder}page/{number}/";

    /// <summary>The pages of <paramref name="releases"/> (newest first) listed at <paramref name="folder"/>, <paramref name="pageSize"/> to a page.</summary>
    public static ImmutableArray<ListingPage> Paginate(string folder, ImmutableArray<Release> releases, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var count = Math.Max(1, (releases.Length + pageSize - 1) / pageSize);
        var pages = ImmutableArray.CreateBuilder<ListingPage>(count);
        for (var number = 1; number <= count; number++)
        {
            var start = (number - 1) * pageSize;
            var slice = releases.IsEmpty ? [] : releases.Slice(start, Math.Min(pageSize, releases.Length - start));
            pages.Add(new ListingPage(
                PathOf(folder, number),
                number,
                count,
                slice,
                number > 1 ? PathOf(folder, number - 1) : null,
                number < count ? PathOf(folder, number + 1) : null));
        }
        return pages.MoveToImmutable();
    }
}
