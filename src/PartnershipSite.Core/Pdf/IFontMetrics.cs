namespace PartnershipSite.Pdf;

/// <summary>What layout needs to know about the fonts: advance widths and vertical extents.</summary>
internal interface IFontMetrics
{
    /// <summary>The advance width of <paramref name="text"/> in points.</summary>
    double Width(string text, FontFace face, double size);

    /// <summary>The ascent above the baseline as a fraction of the em.</summary>
    double Ascent(FontFace face);

    /// <summary>The descent below the baseline as a fraction of the em (positive).</summary>
    double Descent(FontFace face);
}
