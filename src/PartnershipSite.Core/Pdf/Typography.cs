namespace PartnershipSite.Pdf;

/// <summary>
/// The type scale and spacing of the PDF, in points: body text at 12 pt, 1.45 line spacing, ragged right and no
/// hyphenation, as the RNIB's clear print guidance asks (minimum 12 pt, no justification), in Atkinson Hyperlegible,
/// a face designed for low-vision readers.
/// </summary>
internal static class Typography
{
    /// <summary>Paragraph text.</summary>
    public static TextStyle Body { get; } = new(FontFace.Regular, 12, Ink.Text);

    /// <summary>The document type above the headline.</summary>
    public static TextStyle Kicker { get; } = new(FontFace.Bold, 12, Ink.Secondary);

    /// <summary>The headline.</summary>
    public static TextStyle Title { get; } = new(FontFace.Bold, 24, Ink.Text);

    /// <summary>The standfirst under the headline.</summary>
    public static TextStyle Lead { get; } = new(FontFace.Regular, 15, Ink.Text);

    /// <summary>"From:", the dates.</summary>
    public static TextStyle Meta { get; } = new(FontFace.Regular, 11, Ink.Secondary);

    /// <summary>A quotation's attribution.</summary>
    public static TextStyle Attribution { get; } = new(FontFace.Bold, 11, Ink.Secondary);

    /// <summary>The running footer.</summary>
    public static TextStyle Footer { get; } = new(FontFace.Regular, 9, Ink.Secondary);

    /// <summary>A heading of <paramref name="level"/> (2 = section, 3 and below = subsection).</summary>
    public static TextStyle Heading(int level) => level <= 2
        ? new(FontFace.Bold, 16, Ink.Text)
        : new(FontFace.Bold, 13.5, Ink.Text);

    /// <summary>A footnote reference: <paramref name="style"/> smaller and raised, as a superscript.</summary>
    public static TextStyle Superscript(TextStyle style) => style with { Size = Math.Round(style.Size * 0.7, 1), Rise = Math.Round(style.Size * 0.35, 1) };

    /// <summary>Line height as a multiple of the font size.</summary>
    public static double LineSpacing(TextStyle style) => style.Size >= 15 ? 1.25 : 1.45;

    /// <summary>Space above a paragraph.</summary>
    public const double ParagraphGap = 8;

    /// <summary>Space above a section heading.</summary>
    public const double HeadingGap = 18;

    /// <summary>Space between list items.</summary>
    public const double ItemGap = 3;

    /// <summary>How far each list level and block quote is indented.</summary>
    public const double Indent = 18;

    /// <summary>Space above and below a block quote.</summary>
    public const double QuoteGap = 10;

    /// <summary>The tallest an image is drawn, so its caption fits on its page and it never fills one alone.</summary>
    public const double MaxImageHeight = 400;
}
