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

    /// <summary>The site path of the release page.</summary>
    public string SitePath => $"releases/{Metadata.Slug}/";
}
