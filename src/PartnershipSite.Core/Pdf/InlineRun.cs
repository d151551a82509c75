namespace PartnershipSite.Pdf;

/// <summary>Text in one style, the input of line breaking; <c>"\n"</c> alone is a hard line break.</summary>
internal sealed record InlineRun(string Text, TextStyle Style, InlineTag? Tag);
