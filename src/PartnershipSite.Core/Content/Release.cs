using Markdig.Syntax;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Content;

/// <summary>
/// A release as it moves through the pipeline. Each step returns a copy with more filled in; the Markdown
/// syntax tree is shared by every output format and never changed after parsing.
/// </summary>
public sealed record Release(SourceFile Source, MarkdownDocument Markdown, ReleaseMetadata Metadata)
{
    /// <summary>The body rendered to HTML, once <c>RenderMarkdown</c> has run.</summary>
    public string? BodyHtml { get; init; }

    /// <summary>The release as one document for every format, once <c>ComposeDocuments</c> has run.</summary>
    public ReleaseDocument? Document { get; init; }

    /// <summary>The release's PDF, once a PDF step has made it; null when there is none.</summary>
    public Attachment? Pdf { get; init; }

    /// <summary>Where the layout is named (or the file's start), for PS0107.</summary>
    public SourceLocation? LayoutLocation { get; init; }

    /// <summary>True when the release is under embargo and shown only because a preview asked (<c>--show-embargoed</c>).</summary>
    public bool IsPreviewOfEmbargo { get; init; }

    /// <summary>
    /// The release in each language it is published in, this one included, the original first (a release with no
    /// translation has none): the translation switch and the pages' <c>hreflang</c> alternates.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<LanguageVersion> Versions { get; init; } = [];

    /// <summary>True for a translation (<c>slug.cy.md</c>) of another release.</summary>
    public bool IsTranslation => Metadata.TranslationOf is not null;

    /// <summary>The site path of the release page: <c>releases/&lt;slug&gt;/</c>, a translation's <c>releases/&lt;slug&gt;/cy/</c>.</summary>
    public string SitePath => IsTranslation ? $"releases/{Metadata.Slug}/{Metadata.Language.ToLowerInvariant()}/" : $"releases/{Metadata.Slug}/";
}
