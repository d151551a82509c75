using Markdig.Syntax;

namespace PartnershipSite.Content;

/// <summary>A content file parsed as Markdown, before its front matter is validated.</summary>
internal sealed record ParsedSource(SourceFile Source, MarkdownDocument Markdown);
