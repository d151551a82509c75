namespace PartnershipSite.Pdf;

/// <summary>
/// One node of the PDF structure tree. Its place in the tree is given by the fragments' paths; the element itself
/// carries what the tag needs.
/// </summary>
/// <param name="Id">The index in <see cref="PageModel.Elements"/>.</param>
/// <param name="Role">The structure type.</param>
internal sealed record StructureElement(int Id, StructureRole Role)
{
    /// <summary>The language of the element when it differs from the document's (BCP 47).</summary>
    public string? Language { get; init; }

    /// <summary>The expansion of an abbreviation (<c>/E</c>).</summary>
    public string? Expansion { get; init; }

    /// <summary>The link's destination, for <see cref="StructureRole.Link"/>.</summary>
    public string? Uri { get; init; }

    /// <summary>The link's text, for the annotation's <c>/Contents</c>.</summary>
    public string? LinkText { get; init; }

    /// <summary>The area the link annotation covers on its page.</summary>
    public PdfRect LinkArea { get; init; }

    /// <summary>The alternative text of a <see cref="StructureRole.Figure"/> (<c>/Alt</c>).</summary>
    public string? AltText { get; init; }
}
