namespace PartnershipSite.Content;

/// <summary>A content file read from disk and decoded.</summary>
/// <param name="FullPath">The absolute path.</param>
/// <param name="DisplayPath">The path as diagnostics show it.</param>
/// <param name="Text">The decoded text (UTF-8, BOM removed).</param>
public sealed record SourceFile(string FullPath, string DisplayPath, string Text);
