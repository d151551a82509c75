namespace PartnershipSite.Pdf;

/// <summary>A straight line drawn as an artifact: rules, the quote bar, link underlines.</summary>
internal sealed record Rule(double X1, double Y1, double X2, double Y2, double Thickness, Ink Ink);
