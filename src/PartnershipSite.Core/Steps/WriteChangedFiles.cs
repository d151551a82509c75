using System.Collections.Immutable;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// Publishes in place for the preview server: writes only the files whose bytes differ from those already in the
/// output folder, and deletes the files the site no longer makes. Unlike <see cref="WriteOutput"/> it is not
/// atomic, so <c>build</c> never uses it. One instance serves one output folder across rebuilds, remembering what
/// it wrote; builds using it must not overlap. In <see cref="Build.Pipeline.Preview"/> it runs before the site is
/// checked, so an edit reaches the disk without waiting for a check of every page and PDF; a check's error then
/// shows on the preview's error page, and the folder it wrote is never published.
/// </summary>
/// <param name="written">Told, after each successful write, every output (sorted by path) and the paths written.</param>
public sealed class WriteChangedFiles(Action<ImmutableArray<OutputFile>, ImmutableArray<string>>? written = null) : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Outputs, Facet.EmbargoAudit);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Published);

    // What the output folder holds, by output path; null until the folder has been read once.
    private Dictionary<string, ReadOnlyMemory<byte>>? _onDisk;

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var output = context.Options.OutputDirectory;
        if (WriteOutput.UnsafeReason(context, state) is { } reason)
        {
            context.Diagnostics.Add(Codes.UnsafeOutputFolder, new SourceLocation(context.DisplayPath(output)), context.DisplayPath(output), reason);
            return ValueTask.FromResult(state);
        }
        WriteOutput.ReportDuplicatePaths(state, context);
        if (context.Diagnostics.HasErrors)
        {
            return ValueTask.FromResult(state);
        }
        var sorted = state.Outputs.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        try
        {
            var paths = Publish(context.FileSystem, output, sorted);
            written?.Invoke(sorted, paths);
            return ValueTask.FromResult(state with { Outputs = sorted, Published = true, Written = paths });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _onDisk = null; // read the folder afresh next time rather than trust a half-written record
            context.Diagnostics.Add(Codes.OutputFailed, new SourceLocation(context.DisplayPath(output)), e.Message);
            return ValueTask.FromResult(state);
        }
    }

    private ImmutableArray<string> Publish(IFileSystem fs, string output, IReadOnlyList<OutputFile> files)
    {
        _onDisk ??= Read(fs, output);
        var marker = Path.Join(output, WriteOutput.MarkerFile);
        if (!fs.FileExists(marker))
        {
            fs.WriteAllBytes(marker, Text.Utf8.GetBytes("This folder is written by PartnershipSite's preview server.\n"));
        }
        var written = new List<string>();
        var now = new Dictionary<string, ReadOnlyMemory<byte>>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            now[file.Path] = file.Content;
            if (!_onDisk.TryGetValue(file.Path, out var old) || !old.Span.SequenceEqual(file.Content.Span))
            {
                fs.WriteAllBytes(Path.Join(output, file.Path), file.Content.Span);
                written.Add(file.Path);
            }
        }
        foreach (var stale in _onDisk.Keys.Where(path => !now.ContainsKey(path)))
        {
            fs.DeleteFile(Path.Join(output, stale));
        }
        _onDisk = now;
        return [.. written];
    }

    private static Dictionary<string, ReadOnlyMemory<byte>> Read(IFileSystem fs, string output)
    {
        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        if (!fs.DirectoryExists(output))
        {
            return files;
        }
        foreach (var file in fs.ListFiles(output, recursive: true))
        {
            var path = Path.GetRelativePath(output, file).Replace('\\', '/');
            if (path != WriteOutput.MarkerFile)
            {
                files[path] = fs.ReadAllBytes(file);
            }
        }
        return files;
    }
}
