namespace PartnershipSite.Pdf;

/// <summary>
/// The type scale and spacing of the PDF, in points. Body text at 11 pt with 1.5 line spacing and ragged right,
/// as readability guidance for print asks (RNIB clear print: at least 12 pt equivalent, no justification;
/// Atkinson Hyperlegible's large x-height reads as a 12 pt face at 11 pt).
/// </summary>
public static class Typography
{
    /// <summary>Paragraph text.</summary>
    public static TextStyle Body { get; } = new(FontFace.Regular, 11, Ink.Text);

    /// <summary>The document type above the headline.</summary>
    public static TextStyle Kicker { get; } = new(FontFace.Bold, 11, Ink.Secondary);

    /// <summary>The headline.</summary>
    public static TextStyle Title { get; } = new(FontFace.Bold, 24, Ink.Text);

    /// <summary>The standfirst under the headline.</summary>
    public static TextStyle Lead { get; } = new(FontFace.Regular, 14, Ink.Text);

    /// <summary>"From:", the dates.</summary>
    public static TextStyle Meta { get; } = new(FontFace.Regular, 10, Ink.Secondary);

    /// <summary>A quotation's attribution.</summary>
    public static TextStyle Attribution { get; } = new(FontFace.Bold, 10, Ink.Secondary);

    /// <summary>The running footer.</summary>
    public static TextStyle Footer { get; } = new(FontFace.Regular, 8.5, Ink.Secondary);

    /// <summary>A heading of <paramref name="level"/> (2 = section, 3 and below = subsection).</summary>
    public static TextStyle Heading(int level) => level <= 2
        ? new(FontFace.Bold, 15, Ink.Text)
        : new(FontFace.Bold, 12.5, Ink.Text);

    /// <summary>Line height as a multiple of the font size.</summary>
    public static double LineSpacing(TextStyle style) => style.Size >= 14 ? 1.25 : 1.5;

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
}
