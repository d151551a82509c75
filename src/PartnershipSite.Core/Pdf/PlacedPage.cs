using System.Collections.Immutable;

namespace PartnershipSite.Pdf;

/// <summary>A page as pagination leaves it, before the running footer is added.</summary>
/// <param name="Content">Tagged fragments, in reading order.</param>
/// <param name="Rules">Untagged lines.</param>
/// <param name="Artifacts">Untagged fragments: decorative images, a table's header row repeated on a new page.</param>
internal sealed record PlacedPage(ImmutableArray<Fragment> Content, ImmutableArray<Rule> Rules, ImmutableArray<Fragment> Artifacts);
