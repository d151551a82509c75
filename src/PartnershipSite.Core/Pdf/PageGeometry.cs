namespace PartnershipSite.Pdf;

/// <summary>The page size and margins, in points.</summary>
internal sealed record PageGeometry(double Width, double Height, double Left, double Right, double Top, double Bottom)
{
    /// <summary>ISO A4 with margins that suit print and hole punching (about 25 mm at the sides).</summary>
    public static PageGeometry A4 { get; } = new(595.28, 841.89, 70, 70, 62, 78);

    /// <summary>The width text may fill.</summary>
    public double ContentWidth => Width - Left - Right;

    /// <summary>The lowest a line's bottom may reach, from the top.</summary>
    public double ContentBottom => Height - Bottom;
}
