namespace PartnershipSite.Pdf;

/// <summary>An inline structure a run belongs to: a link, an abbreviation or code. <see cref="Id"/> tells occurrences apart.</summary>
/// <param name="Id">Unique within one release.</param>
/// <param name="Role">Link, Span (abbreviation) or Code.</param>
/// <param name="Value">The link's URI or the abbreviation's expansion; empty for code and language spans.</param>
internal sealed record InlineTag(int Id, StructureRole Role, string Value)
{
    /// <summary>The language of the tagged text when it differs from its paragraph's (BCP 47).</summary>
    public string? Language { get; init; }
}
