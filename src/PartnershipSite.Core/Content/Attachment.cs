namespace PartnershipSite.Content;

/// <summary>A file published alongside a release (its PDF), as pages, feeds and the sitemap describe it.</summary>
/// <param name="SitePath">The path inside the site, e.g. <c>releases/x/x.pdf</c>.</param>
/// <param name="MediaType">The MIME type, e.g. <c>application/pdf</c>.</param>
/// <param name="Length">The exact size in bytes.</param>
/// <param name="PageCount">The number of pages, for documents that have them.</param>
public sealed record Attachment(string SitePath, string MediaType, long Length, int PageCount);
