using System.Collections.Frozen;
using System.Collections.Immutable;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Checks;

/// <summary>
/// What the checks run over: the site's files (in memory during a build, or read from a folder by the
/// <c>check</c> command), the base URL they are served from, and the releases they were made from, if known.
/// </summary>
/// <param name="Files">Every output file.</param>
/// <param name="BaseUrl">The absolute URL the site is served from, ending in <c>/</c>.</param>
/// <param name="DisplayPath">How diagnostics show an output path (e.g. <c>output/index.html</c>).</param>
/// <param name="Releases">The releases the outputs were made from, by their site path (an output's <see cref="Provenance.Release"/>); empty for a folder on disk.</param>
internal sealed record CheckInput(
    ImmutableArray<OutputFile> Files,
    Uri BaseUrl,
    Func<string, string> DisplayPath,
    FrozenDictionary<string, Release> Releases)
{
    /// <summary>The release <paramref name="file"/> belongs to, when it is that release's output of <paramref name="kind"/>.</summary>
    public Release? ReleaseOf(OutputFile file, OutputKind kind) =>
        file.Provenance.Kind == kind && file.Provenance.Release is { } key && Releases.TryGetValue(key, out var release) ? release : null;

    /// <summary>What an output was made from, as messages say it (its layouts and source); by default its <see cref="OutputFile.Source"/>.</summary>
    public Func<OutputFile, string> MadeFrom { get; init; } = file => file.Source;

    /// <summary>
    /// Where a PDF's link to a URL was written: at the Markdown link in the release's body, else at the top of the
    /// release (a link of the PDF's frame); null for a PDF the build did not make.
    /// </summary>
    public Func<OutputFile, string, SourceLocation?> PdfLinkSource { get; init; } = (_, _) => null;

    /// <summary>The layouts that made an output (display path and text, innermost first); none by default.</summary>
    public Func<OutputFile, ImmutableArray<(string Path, string Text)>> LayoutsOf { get; init; } = _ => [];

    /// <summary>
    /// Reads a published folder through <paramref name="fileSystem"/>; its files are shown relative to
    /// <paramref name="displayRoot"/>. A file named <paramref name="leaveOut"/> (the publisher's own marker) is not the site's.
    /// </summary>
    public static CheckInput FromFolder(IO.IFileSystem fileSystem, string folder, Uri baseUrl, string displayRoot, string? leaveOut = null)
    {
        var root = fileSystem.GetFullPath(folder);
        var files = fileSystem.ListFiles(root, recursive: true)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(path => path != leaveOut)
            .Select(path => new OutputFile(path, fileSystem.ReadAllBytes(Path.Join(root, path)), path, Provenance.OfPublished(path)));
        var display = fileSystem.GetFullPath(displayRoot);
        return new CheckInput([.. files], baseUrl,
            path => Path.GetRelativePath(display, Path.Join(root, path)).Replace('\\', '/'),
            FrozenDictionary<string, Release>.Empty);
    }
}
