using System.Collections.Frozen;
using System.Collections.Immutable;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;

namespace PartnershipSite.Checks;

/// <summary>
/// What the checks run over: the site's files (in memory during a build, or read from a folder by the
/// <c>check</c> command), the base URL they are served from, and the releases they were made from, if known.
/// </summary>
/// <param name="Files">Every output file.</param>
/// <param name="BaseUrl">The absolute URL the site is served from, ending in <c>/</c>.</param>
/// <param name="DisplayPath">How diagnostics show an output path (e.g. <c>output/index.html</c>).</param>
/// <param name="Releases">The releases by the output path of their page; empty for a folder on disk.</param>
public sealed record CheckInput(
    ImmutableArray<OutputFile> Files,
    Uri BaseUrl,
    Func<string, string> DisplayPath,
    FrozenDictionary<string, Release> Releases)
{
    /// <summary>What an output was made from, as messages say it (its layouts and source); by default its <see cref="OutputFile.Source"/>.</summary>
    public Func<OutputFile, string> MadeFrom { get; init; } = file => file.Source;

    /// <summary>
    /// Where a PDF's link to a URL was written: at the Markdown link in the release's body, else at the top of the
    /// release (a link of the PDF's frame); null for a PDF the build did not make.
    /// </summary>
    public Func<OutputFile, string, SourceLocation?> PdfLinkSource { get; init; } = (_, _) => null;

    /// <summary>The layouts that made an output (display path and text, innermost first); none by default.</summary>
    public Func<OutputFile, ImmutableArray<(string Path, string Text)>> LayoutsOf { get; init; } = _ => [];

    /// <summary>The input for a build's outputs, before they are written.</summary>
    public static CheckInput FromBuild(BuildState state, BuildContext context)
    {
        var releases = state.Releases.ToFrozenDictionary(r => r.SitePath + "index.html", StringComparer.Ordinal);
        var pdfs = state.Releases.Where(r => r.Pdf is not null).ToFrozenDictionary(r => r.Pdf!.SitePath, StringComparer.Ordinal);
        var theme = state.Theme;
        var layouts = theme?.LayoutNames.ToDictionary(theme.PathOf, name => name, StringComparer.Ordinal) ?? [];
        return new CheckInput(
            state.Outputs,
            state.RequireConfig().BaseUrl,
            path => context.DisplayPath(Path.Join(context.Options.OutputDirectory, path)),
            releases)
        {
            // Pages are rendered through their layout, then the base layout: name both, so a template link can be found.
            MadeFrom = file => theme is null || !theme.HasLayout("base") ? file.Source
                : releases.TryGetValue(file.Path, out var release) && theme.HasLayout(release.Metadata.Layout)
                    ? $"{theme.PathOf(release.Metadata.Layout)} inside {theme.PathOf("base")}, for {release.Source.DisplayPath}"
                : layouts.ContainsKey(file.Source) ? $"{file.Source} inside {theme.PathOf("base")}"
                : file.Source,
            PdfLinkSource = (file, url) => pdfs.TryGetValue(file.Path, out var release)
                ? MarkdownSourceMap.FirstLink(release, url) ?? new SourceLocation(release.Source.DisplayPath, 1, 1)
                : null,
            LayoutsOf = file => theme is null ? []
                : releases.TryGetValue(file.Path, out var release) ? theme.SourcesOf(release.Metadata.Layout)
                : layouts.TryGetValue(file.Source, out var layout) ? theme.SourcesOf(layout)
                : [],
        };
    }

    /// <summary>Reads a published folder through <paramref name="fileSystem"/>; its files are shown relative to <paramref name="displayRoot"/>.</summary>
    public static CheckInput FromFolder(IO.IFileSystem fileSystem, string folder, Uri baseUrl, string displayRoot)
    {
        var root = fileSystem.GetFullPath(folder);
        var files = fileSystem.ListFiles(root, recursive: true)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(path => path != WriteOutputMarker)
            .Select(path => new OutputFile(path, fileSystem.ReadAllBytes(Path.Join(root, path)), path));
        var display = fileSystem.GetFullPath(displayRoot);
        return new CheckInput([.. files], baseUrl,
            path => Path.GetRelativePath(display, Path.Join(root, path)).Replace('\\', '/'),
            FrozenDictionary<string, Release>.Empty);
    }

    private const string WriteOutputMarker = Steps.WriteOutput.MarkerFile;
}
