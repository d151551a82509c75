namespace PartnershipSite.Markup.Blocks;

/// <summary>One line of a contact after the name.</summary>
/// <param name="Kind">Phone, email, web address or address line.</param>
/// <param name="Label">"Telephone", "Email", the editor's own label ("Out of hours"), or empty for an address line.</param>
/// <param name="Text">The number, address or line as written.</param>
/// <param name="Href">The <c>tel:</c>, <c>mailto:</c> or https:// link, or null for an address line.</param>
internal sealed record ContactLine(ContactLineKind Kind, string Label, string Text, string? Href);
