namespace PartnershipSite.Pdf;

/// <summary>A bookmark: a heading's text, level (1 = the headline) and where it starts.</summary>
internal sealed record OutlineEntry(string Title, int Level, int Page, double Top);
