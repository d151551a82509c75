using System.Collections.Immutable;

namespace PartnershipSite.Content;

/// <summary>
/// The terms of one kind (topics, organisations) across the published releases: each term has a page at
/// <c>&lt;folder&gt;&lt;slug&gt;/</c> with feeds beside it, and the folder has an A–Z index of the terms.
/// </summary>
/// <param name="Kind">Where the pages go and what the terms are made from.</param>
/// <param name="Terms">The terms, sorted A–Z by name.</param>
public sealed record Taxonomy(TaxonomyKind Kind, ImmutableArray<Term> Terms)
{
    /// <summary>Topics, from each release's <c>topics</c>.</summary>
    public static TaxonomyKind Topics { get; } = new("topics/", "Topics", "topic", m => m.Topics, m => m.TopicLocations);

    /// <summary>Organisations, from each release's <c>from.organisations</c>.</summary>
    public static TaxonomyKind Organisations { get; } =
        new("organisations/", "Organisations", "organisation", m => m.Organisations, m => m.OrganisationLocations);

    /// <summary>Every kind, in the order pages list them.</summary>
    public static ImmutableArray<TaxonomyKind> Kinds { get; } = [Topics, Organisations];

    /// <summary>The site path of a term's page.</summary>
    public string PathOf(Term term) => Kind.Folder + term.Slug + "/";
}
