using System.Collections.Immutable;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Content;

/// <summary>What a <see cref="Taxonomy"/> is made from: where its pages go and which front matter names its terms.</summary>
/// <param name="Folder">The site path of the index, e.g. <c>topics/</c>.</param>
/// <param name="Title">The index page's heading.</param>
/// <param name="Singular">What one term is called.</param>
/// <param name="Names">The release's terms of this kind.</param>
/// <param name="Locations">Where each of those is written, in the same order.</param>
public sealed record TaxonomyKind(
    string Folder,
    string Title,
    string Singular,
    Func<ReleaseMetadata, ImmutableArray<string>> Names,
    Func<ReleaseMetadata, ImmutableArray<SourceLocation>> Locations)
{
    /// <summary>The site path of the page of a term named <paramref name="name"/>, however it is spelled.</summary>
    public string PathOf(string name) => Folder + Slug.FromTitle(name) + "/";
}
