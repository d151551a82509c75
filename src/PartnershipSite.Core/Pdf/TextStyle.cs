namespace PartnershipSite.Pdf;

/// <summary>How a run of text is drawn.</summary>
/// <param name="Face">The font face.</param>
/// <param name="Size">The font size in points.</param>
/// <param name="Ink">The colour.</param>
internal sealed record TextStyle(FontFace Face, double Size, Ink Ink)
{
    /// <summary>Drawn on a light grey band, as inline code is on the web page.</summary>
    public bool Shaded { get; init; }

    /// <summary>How far above the baseline the text is raised, in points: footnote references are superscript.</summary>
    public double Rise { get; init; }

    /// <summary>The same style in bold (bold italic when already italic).</summary>
    public TextStyle Bolder() => this with { Face = Face is FontFace.Italic or FontFace.BoldItalic ? FontFace.BoldItalic : FontFace.Bold };

    /// <summary>The same style in italic (bold italic when already bold).</summary>
    public TextStyle Italicised() => this with { Face = Face is FontFace.Bold or FontFace.BoldItalic ? FontFace.BoldItalic : FontFace.Italic };
}
