using System.Collections.Frozen;

namespace PartnershipSite.Engine;

/// <summary>Sets of <see cref="Facet"/>s, for steps to declare what they need and provide.</summary>
internal static class Facets
{
    /// <summary>No facets.</summary>
    public static IReadOnlySet<Facet> None { get; } = FrozenSet<Facet>.Empty;

    /// <summary>A set of the facets given.</summary>
    public static IReadOnlySet<Facet> Of(params Facet[] facets) => facets.ToFrozenSet();
}
