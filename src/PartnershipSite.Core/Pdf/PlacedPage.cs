using System.Collections.Immutable;

namespace PartnershipSite.Pdf;

/// <summary>A page as pagination leaves it, before the running footer is added.</summary>
public sealed record PlacedPage(ImmutableArray<Fragment> Content, ImmutableArray<Rule> Rules);
