namespace PartnershipSite.Pdf;

/// <summary>The colours the layout may ask for; the renderer maps them to RGB, so layout stays free of PDFsharp.</summary>
internal enum Ink
{
    /// <summary>Body text: near-black for maximum contrast.</summary>
    Text,

    /// <summary>Metadata, captions and the footer: dark grey, still above 7:1 contrast on white.</summary>
    Secondary,

    /// <summary>Link text and underlines.</summary>
    Link,

    /// <summary>Rules and the block-quote bar.</summary>
    Rule,

    /// <summary>The light band behind inline code.</summary>
    Shade,
}
