namespace PartnershipSite.Pdf;

/// <summary>The PDF standard structure types the layout uses (ISO 32000-1, 14.8.4).</summary>
internal enum StructureRole
{
    /// <summary>Heading level 1 (the headline).</summary>
    H1,

    /// <summary>Heading level 2.</summary>
    H2,

    /// <summary>Heading level 3.</summary>
    H3,

    /// <summary>Heading level 4.</summary>
    H4,

    /// <summary>Heading level 5.</summary>
    H5,

    /// <summary>Heading level 6.</summary>
    H6,

    /// <summary>A paragraph.</summary>
    P,

    /// <summary>A list.</summary>
    L,

    /// <summary>A list item.</summary>
    LI,

    /// <summary>A list item's bullet or number.</summary>
    Lbl,

    /// <summary>A list item's content.</summary>
    LBody,

    /// <summary>A quotation of one or more paragraphs.</summary>
    BlockQuote,

    /// <summary>A grouping of a quotation with its attribution.</summary>
    Div,

    /// <summary>The attribution of a quotation.</summary>
    Caption,

    /// <summary>A link: one annotation per element.</summary>
    Link,

    /// <summary>An inline span: abbreviations, with their expansion.</summary>
    Span,

    /// <summary>Inline code.</summary>
    Code,

    /// <summary>An image, with its alternative text (<c>/Alt</c>) and bounding box.</summary>
    Figure,

    /// <summary>A table.</summary>
    Table,

    /// <summary>A table row.</summary>
    TR,

    /// <summary>A header cell, scoped to its column.</summary>
    TH,

    /// <summary>A data cell.</summary>
    TD,

    /// <summary>A footnote reference in the text.</summary>
    Reference,
}
