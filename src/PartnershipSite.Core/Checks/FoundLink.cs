using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>A link found in an output file, with where to report it and what it points at.</summary>
/// <param name="Target">The target exactly as written in the output (attribute value, decoded).</param>
/// <param name="Label">How messages name it, e.g. <c>link 'Atlantic Charter'</c>.</param>
/// <param name="OutputPath">The output file it is in.</param>
/// <param name="Location">Its source line in the Markdown when it was written there, else its place in the output.</param>
/// <param name="Note">Said after the message when the link comes from a template, e.g. the template's name.</param>
internal sealed record FoundLink(string Target, string Label, string OutputPath, SourceLocation Location, string Note = "")
{
    /// <summary>What kind of target this is.</summary>
    public LinkKind Kind { get; init; }

    /// <summary>The absolute URL, for internal and external links.</summary>
    public Uri? Url { get; init; }

    /// <summary>For internal links: the output path (unescaped, without query or fragment).</summary>
    public string? SitePath { get; init; }

    /// <summary>For internal links: the unescaped fragment, or null when there is none.</summary>
    public string? Fragment { get; init; }
}
