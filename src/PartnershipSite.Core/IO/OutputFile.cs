namespace PartnershipSite.IO;

/// <summary>One file of the finished site, held in memory until the build publishes it.</summary>
/// <param name="Path">The path inside the output folder, with <c>/</c> separators (e.g. <c>releases/x/index.html</c>).</param>
/// <param name="Content">The bytes to write.</param>
/// <param name="Source">The source file or template it was made from, for diagnostics.</param>
/// <param name="Provenance">What it is and where it came from, set by the step that made it.</param>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content, string Source, Provenance Provenance)
{
    /// <summary>Makes an output file from text, encoded as UTF-8 without a byte-order mark.</summary>
    public static OutputFile FromText(string path, string text, string source, Provenance provenance) =>
        new(path, Text.Utf8.GetBytes(text.ReplaceLineEndings("\n")), source, provenance);
}
