namespace PartnershipSite.Pdf;

/// <summary>A rectangle in points, top-left origin (the layout's and XGraphics' coordinates).</summary>
internal readonly record struct PdfRect(double X, double Y, double Width, double Height);
