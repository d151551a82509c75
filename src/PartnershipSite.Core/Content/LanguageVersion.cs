namespace PartnershipSite.Content;

/// <summary>One language a release is published in, and the site path of its page in that language.</summary>
public sealed record LanguageVersion(string Language, string SitePath)
{
    /// <summary>The language's own name from the theme's labels ("Cymraeg"), once <c>ComposeDocuments</c> has run.</summary>
    public string Name { get; init; } = "";
}
