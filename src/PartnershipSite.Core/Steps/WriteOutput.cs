using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// Publishes the site atomically: writes every file into a staging folder beside the output, then swaps it in.
/// Nothing is written when the build has errors, so a failed build leaves the previous output untouched.
/// </summary>
internal sealed class WriteOutput : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.PreviousOutput, Facet.Outputs, Facet.EmbargoAudit);

    /// <inheritdoc />
    public IReadOnlySet<Facet> UsesIfPresent { get; } = Facets.Of(Facet.Checks);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Published);

    /// <summary>The file that marks a folder as one this tool wrote, and so may replace.</summary>
    public const string MarkerFile = ".partnershipsite";

    private const string MarkerText = "This folder is written by PartnershipSite and replaced whole on every build.\n";

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var output = context.Options.OutputDirectory;
        // A preview that shows embargoed releases is written only by the preview server (WriteChangedFiles, to its
        // own folder), never published.
        var reason = context.Options.ShowEmbargoed
            ? "this build shows embargoed releases (a preview), and such a build is never published"
            : UnsafeReason(context, state);
        if (reason is not null)
        {
            context.Diagnostics.Add(Codes.UnsafeOutputFolder, new SourceLocation(context.DisplayPath(output)), context.DisplayPath(output), reason);
            return ValueTask.FromResult(state);
        }
        ReportDuplicatePaths(state, context);
        if (context.Diagnostics.HasErrors)
        {
            return ValueTask.FromResult(state);
        }
        var folders = OutputFolders.For(output);
        folders.Trust(context);
        if (folders.LeftoverProblem(context.FileSystem, ProtectedFolders(context, state)) is { } leftover)
        {
            context.Diagnostics.Add(Codes.UnsafeOutputFolder, new SourceLocation(context.DisplayPath(output)), context.DisplayPath(output), leftover);
            return ValueTask.FromResult(state);
        }
        var sorted = state.Outputs.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        try
        {
            Publish(context.FileSystem, folders, sorted, context.Options.Parallelism);
        }
        catch (IOException e)
        {
            context.Diagnostics.Add(Codes.OutputFailed, new SourceLocation(context.DisplayPath(output)), e.Message);
            return ValueTask.FromResult(state);
        }
        catch (UnauthorizedAccessException e)
        {
            context.Diagnostics.Add(Codes.OutputFailed, new SourceLocation(context.DisplayPath(output)), e.Message);
            return ValueTask.FromResult(state);
        }
        return ValueTask.FromResult(state with { Outputs = sorted, Published = true, Written = [.. sorted.Select(o => o.Path)] });
    }

    /// <summary>Reports PS0901 for every output path two steps would both write.</summary>
    internal static void ReportDuplicatePaths(BuildState state, BuildContext context)
    {
        var duplicates = state.Outputs.GroupBy(o => o.Path, StringComparer.Ordinal).Where(g => g.Count() > 1);
        foreach (var group in duplicates)
        {
            context.Diagnostics.Add(Codes.OutputFailed, new SourceLocation(group.First().Source),
                $"'{group.Key}' would be written by {string.Join(" and ", group.Select(g => g.Source))}");
        }
    }

    private static void Publish(IFileSystem fs, OutputFolders folders, IEnumerable<OutputFile> files, int parallelism)
    {
        var (output, staging, previous) = (folders.Output, folders.Staging, folders.Previous);
        // Leftovers of an interrupted build carry the marker (checked by the caller) and are ours to remove.
        foreach (var leftover in new[] { staging, previous }.Where(fs.DirectoryExists))
        {
            fs.DeleteDirectory(leftover);
        }
        try
        {
            fs.CreateDirectory(staging);
            // The marker goes in first, so a staging folder left by a kill is recognised as ours.
            fs.WriteAllBytes(Path.Join(staging, MarkerFile), Text.Utf8.GetBytes(MarkerText));
            // Every folder is made once, up front, so no file pays for making sure of its folder.
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
            {
                fs.CreateDirectory(Path.Join(staging, folder));
            }
            // Files are independent, so they are written in parallel; the folder is only swapped in once all are done.
            var hasPrevious = fs.DirectoryExists(output);
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, file =>
            {
                var target = Path.Join(staging, file.Path);
                if (!(hasPrevious && Unchanged(fs, Path.Join(output, file.Path), file.Content.Span) && fs.TryLinkFile(Path.Join(output, file.Path), target)))
                {
                    fs.CreateFile(target, file.Content.Span);
                }
            });
        }
        catch (AggregateException e)
        {
            RemoveStaging(fs, staging);
            // Parallel writes wrap what failed (a full disk, a permission): report the first cause, not the wrapper.
            var cause = e.Flatten().InnerExceptions.FirstOrDefault(x => x is IOException or UnauthorizedAccessException) ?? e.Flatten().InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(cause).Throw();
        }
        catch
        {
            RemoveStaging(fs, staging);
            throw;
        }
        if (!fs.DirectoryExists(output))
        {
            fs.MoveDirectory(staging, output);
        }
        else if (fs.TryExchangeDirectories(staging, output))
        {
            // One atomic step (Linux renameat2 RENAME_EXCHANGE): the output is never missing; staging now holds the old site.
            fs.DeleteDirectory(staging);
        }
        else
        {
            // Two renames: a kill between them leaves only the previous folder, which the next build puts back first
            // (RecoverInterruptedPublish), so the window costs a moment without a site, never the site.
            fs.MoveDirectory(output, previous);
            fs.MoveDirectory(staging, output);
            fs.DeleteDirectory(previous);
        }
    }

    private static void RemoveStaging(IFileSystem fs, string staging)
    {
        if (fs.DirectoryExists(staging))
        {
            fs.DeleteDirectory(staging);
        }
    }

    // A file the previous build wrote with the same bytes is hard-linked into the staging folder rather than written
    // again: the swap stays atomic, unchanged files keep their timestamps, and deleting the previous folder frees no
    // blocks. Comparing costs a read of a file the page cache usually holds; writing and deleting cost far more.
    private static bool Unchanged(IFileSystem fs, string previous, ReadOnlySpan<byte> content) =>
        fs.FileExists(previous) && fs.ReadAllBytes(previous).AsSpan().SequenceEqual(content);

    /// <summary>Why the output folder must not be written (it holds input, theme, the repository, or files not ours), or null.</summary>
    internal static string? UnsafeReason(BuildContext context, BuildState state)
    {
        var fs = context.FileSystem;
        var output = context.Options.OutputDirectory;
        var input = context.Options.InputDirectory;
        var theme = state.Config?.ThemeDirectory;
        if (Path.GetDirectoryName(output) is null)
        {
            return "it is the root of the file system";
        }
        if (IsAtOrBelow(input, output))
        {
            return "it is, or contains, the input folder";
        }
        if (theme is not null && IsAtOrBelow(theme, output))
        {
            return "it is, or contains, the theme folder";
        }
        if (RepositoryRoot(fs, input) is { } root && IsAtOrBelow(root, output))
        {
            return "it is, or contains, the repository root";
        }
        if (IsAtOrBelow(output, input) || (theme is not null && IsAtOrBelow(output, theme)))
        {
            return "it is inside the input or theme folder";
        }
        if (fs.DirectoryExists(output) && !fs.FileExists(Path.Join(output, MarkerFile)) && fs.ListFiles(output, recursive: true).Count > 0)
        {
            return $"it already holds files that PartnershipSite did not write (no {MarkerFile} marker)";
        }
        return null;
    }

    private static IEnumerable<string> ProtectedFolders(BuildContext context, BuildState state) =>
        state.Config?.ThemeDirectory is { } theme ? [context.Options.InputDirectory, theme] : [context.Options.InputDirectory];

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    internal static bool IsAtOrBelow(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    private static string? RepositoryRoot(IFileSystem fs, string start)
    {
        for (var dir = start; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (fs.DirectoryExists(Path.Join(dir, ".git")) || fs.FileExists(Path.Join(dir, ".git")))
            {
                return dir;
            }
        }
        return null;
    }
}
