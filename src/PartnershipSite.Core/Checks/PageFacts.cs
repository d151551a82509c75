using System.Collections.Frozen;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>What other checks need to know about one HTML page after its document is dropped.</summary>
/// <param name="Path">The output path.</param>
/// <param name="Title">The text of its <c>title</c>, whitespace collapsed (empty when missing).</param>
/// <param name="TitleLocation">Where its <c>title</c> is (or the page, when missing).</param>
/// <param name="Ids">Every <c>id</c> and <c>a[name]</c> in the page: the fragments links may point at.</param>
internal sealed record PageFacts(string Path, string Title, SourceLocation TitleLocation, FrozenSet<string> Ids);
