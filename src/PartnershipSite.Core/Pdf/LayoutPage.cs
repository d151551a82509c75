using System.Collections.Immutable;

namespace PartnershipSite.Pdf;

/// <summary>One page of the layout: its content in reading order, and its artifacts (footer, rules).</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Content">Tagged fragments, in reading order.</param>
/// <param name="ArtifactText">Untagged fragments: the running footer, decorative images, repeated table headers.</param>
/// <param name="Rules">Untagged lines.</param>
internal sealed record LayoutPage(int Number, ImmutableArray<Fragment> Content, ImmutableArray<Fragment> ArtifactText, ImmutableArray<Rule> Rules);
