namespace PartnershipSite.Markup.Blocks;

/// <summary>The labels a contact block gives lines the editor left unlabelled, in the page's language (the theme's labels).</summary>
internal sealed record ContactWords(string Telephone, string Email, string Website)
{
    /// <summary>GOV.UK's English words, which the Markdown pipeline's own renderer uses.</summary>
    public static ContactWords English { get; } = new("Telephone", "Email", "Website");
}
