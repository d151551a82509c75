using System.Collections.Immutable;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// One block of text as a reader meets it (a paragraph, heading, list item, table cell, caption), normalised, with
/// the link targets (absolute) and image alt texts inside it, in order.
/// </summary>
/// <param name="Role">What made it, lower case: the HTML element (<c>p</c>, <c>h1</c>, <c>li</c>) or the PDF structure type (<c>p</c>, <c>h1</c>, <c>lbody</c>).</param>
/// <param name="Text">The block's text, normalised by <see cref="ParityText.Normalise"/>; empty for a block that holds only an image.</param>
/// <param name="Links">The absolute targets of its links, in order (links within the same document left out).</param>
/// <param name="Alts">The alt texts of its images, in order (decorative images left out).</param>
internal sealed record TextBlock(string Role, string Text, ImmutableArray<string> Links, ImmutableArray<string> Alts);
