using System.Collections.Immutable;

namespace PartnershipSite.Pdf;

/// <summary>
/// A positioned piece of one line drawn in one style: the unit the renderer draws. <see cref="Path"/> lists the
/// ids of the structure elements that enclose it, outermost first; artifacts have an empty path.
/// </summary>
/// <param name="X">Left edge in points from the page's left.</param>
/// <param name="Baseline">Baseline in points from the page's top (before pagination: from the line's baseline).</param>
/// <param name="Width">Advance width in points.</param>
/// <param name="Text">The text, keeping a trailing space so extracted text keeps word breaks.</param>
/// <param name="Style">Font, size and colour.</param>
/// <param name="Path">Enclosing structure elements, outermost first.</param>
internal sealed record Fragment(double X, double Baseline, double Width, string Text, TextStyle Style, ImmutableArray<int> Path)
{
    /// <summary>An image drawn instead of text: its bottom sits on <see cref="Baseline"/>, <see cref="Height"/> tall.</summary>
    public ImageFile? Image { get; init; }

    /// <summary>The image's height in points.</summary>
    public double Height { get; init; }
}
