namespace PartnershipSite.Pdf;

/// <summary>The four faces of the theme's PDF font family.</summary>
internal enum FontFace
{
    /// <summary>Regular weight, upright.</summary>
    Regular,

    /// <summary>Regular weight, italic.</summary>
    Italic,

    /// <summary>Bold, upright.</summary>
    Bold,

    /// <summary>Bold italic.</summary>
    BoldItalic,
}
