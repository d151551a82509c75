using PartnershipSite.Pdf;

namespace PartnershipSite.Tests.Pdf;

/// <summary>Every character is one point wide per point of size (bold two), so tests can count widths.</summary>
internal sealed class FakeMetrics : IFontMetrics
{
    /// <inheritdoc />
    public double Width(string text, FontFace face, double size) => text.Length * size * (face is FontFace.Bold or FontFace.BoldItalic ? 2 : 1);

    /// <inheritdoc />
    public double Ascent(FontFace face) => 0.8;

    /// <inheritdoc />
    public double Descent(FontFace face) => 0.2;
}
