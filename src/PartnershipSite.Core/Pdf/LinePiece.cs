namespace PartnershipSite.Pdf;

/// <summary>Part of a broken line: text in one style and tag, at an offset from the line's start.</summary>
/// <param name="X">Offset from the line's left edge.</param>
/// <param name="Width">Width of the visible text (without the trailing space).</param>
/// <param name="Text">The text, with its trailing space if any.</param>
/// <param name="Style">How it is drawn.</param>
/// <param name="Tag">The link, abbreviation or code it belongs to.</param>
internal sealed record LinePiece(double X, double Width, string Text, TextStyle Style, InlineTag? Tag);
