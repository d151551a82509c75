namespace PartnershipSite.Content;

/// <summary>
/// The folder of files that belong to one release (its images): beside the Markdown file, named like it without
/// <c>.md</c>. Its files are published next to the release page, so a relative <c>![alt](chart.png)</c> works in the
/// HTML and the PDF reads the same file.
/// </summary>
internal static class ReleaseFolder
{
    /// <summary>The folder's path for <paramref name="source"/>.</summary>
    public static string Of(SourceFile source) => Path.ChangeExtension(source.FullPath, null);
}
