using Markdig;
using PartnershipSite.Caching;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;
using PartnershipSite.Progress;
using PartnershipSite.Templates;
using PartnershipSite.Text;

namespace PartnershipSite.Engine;

/// <summary>What one build runs with: the file system, the clock, the options and the diagnostics sink.</summary>
public sealed class BuildContext
{
    /// <summary>A context for one build over <paramref name="fileSystem"/>, whose reads are confined to the input and
    /// output folders (and the theme, once <c>site.yml</c> names it: <see cref="Trust"/>).</summary>
    public BuildContext(BuildOptions options, IFileSystem fileSystem, TimeProvider clock)
    {
        Options = options with
        {
            InputDirectory = fileSystem.GetFullPath(options.InputDirectory),
            OutputDirectory = fileSystem.GetFullPath(options.OutputDirectory),
            DisplayRoot = fileSystem.GetFullPath(options.DisplayRoot ?? "."),
        };
        Clock = clock;
        Diagnostics = new DiagnosticBag(options.WarningsAsErrors);
        _files = new ConfinedFileSystem(fileSystem, ReportRefused);
        _files.Trust(Options.InputDirectory);
        _files.Trust(Options.OutputDirectory);
        // The default theme is served from the assembly above the confinement: it is program, not disk (and the
        // tool's version, part of every cache key, covers it).
        FileSystem = new DefaultThemeFileSystem(_files);
        _work = new Lazy<WorkCache>(() => new WorkCache(_files, OpenStore(), Cache, view => new DefaultThemeFileSystem(view)));
    }

    private readonly Lazy<WorkCache> _work;

    /// <summary>Runs the per-release work (PDFs, pages) through the build cache: see <see cref="WorkCache"/>.</summary>
    internal WorkCache Work => _work.Value;

    // The cache on disk, trusted for reads; never one inside the output (it would be published) or holding it.
    private CacheStore? OpenStore()
    {
        if (Options.CacheDirectory is not { } named)
        {
            return null;
        }
        var folder = _files.GetFullPath(named);
        if (IsAtOrBelow(folder, Options.OutputDirectory) || IsAtOrBelow(Options.OutputDirectory, folder))
        {
            Diagnostics.Add(Codes.CacheInsideOutput, new SourceLocation(DisplayPath(folder)), DisplayPath(folder));
            return null;
        }
        _files.Trust(folder);
        return new CacheStore(_files, folder, Path.GetDirectoryName(Options.InputDirectory) ?? Options.InputDirectory);
    }

    private static bool IsAtOrBelow(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    private readonly ConfinedFileSystem _files;

    /// <summary>The caller's options, resolved to absolute paths.</summary>
    public BuildOptions Options { get; }

    /// <summary>
    /// The only way the engine reads or writes files. Reads are confined (<see cref="ConfinedFileSystem"/>): a symbolic
    /// link that leads outside the trusted folders, or nowhere, is reported (PS0008, PS0009) and reads as missing.
    /// The default theme (<see cref="Templates.DefaultTheme.Root"/>) is read from the assembly.
    /// </summary>
    public IFileSystem FileSystem { get; }

    /// <summary>The injected clock: used to time steps, never written into output.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Where steps report problems.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>The moment embargoes are judged at: <see cref="BuildOptions.Now"/>, or the clock's time.</summary>
    public DateTimeOffset Now => Options.Now ?? Clock.GetUtcNow();

    /// <summary>
    /// Lets the build read below <paramref name="folder"/>: a folder the site's own settings name (the theme, the link
    /// cache). Trust is only ever added during a build.
    /// </summary>
    internal void Trust(string folder) => _files.Trust(folder);

    private void ReportRefused(RefusedRead refusal)
    {
        var at = new SourceLocation(DisplayPath(refusal.Path));
        if (refusal.IsDangling)
        {
            Diagnostics.Add(Codes.DanglingLink, at, refusal.LinkTarget ?? "");
        }
        else if (refusal.LinkTarget is null)
        {
            Diagnostics.Add(Codes.ReadOutsideInput, at, DisplayPath(refusal.Path), "it is outside the input and theme folders");
        }
        else
        {
            Diagnostics.Add(Codes.ReadOutsideInput, at, DisplayPath(refusal.Path),
                $"it is a symbolic link to '{refusal.LinkTarget}' ({refusal.RealPath}), outside the input and theme folders");
        }
    }

    /// <summary>The one Markdig pipeline, shared by HTML, PDF and checks so formats cannot drift.</summary>
    public MarkdownPipeline Markdown { get; } = Markup.MarkdownPipelines.Site;

    /// <summary>Where steps say how far they have got (items done of a total), for a progress display.</summary>
    public ProgressReporter Progress { get; init; } = ProgressReporter.None;

    /// <summary>The warnings the site has accepted, once <c>LoadSiteConfig</c> has read them; empty until then.</summary>
    public Baseline Baseline { get; private set; } = Baseline.Empty;

    /// <summary>Accepts <paramref name="baseline"/>'s warnings for the rest of the build.</summary>
    internal void UseBaseline(Baseline baseline)
    {
        Baseline = baseline;
        Diagnostics.UseBaseline(new BaselineMatcher(baseline, BaselinePath));
    }

    /// <summary>
    /// A diagnostic's path as the baseline records it: relative to the input folder, so the file does not depend on
    /// the folder the build runs from.
    /// </summary>
    public string BaselinePath(string displayPath) =>
        Path.GetRelativePath(Options.InputDirectory, Path.GetFullPath(displayPath, Options.DisplayRoot!)).Replace('\\', '/');

    /// <summary>Results remembered from earlier builds of the same site; null for a one-off build.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>
    /// Runs per-item work, or reuses its result from an earlier build when <paramref name="key"/> (which must hold
    /// every input of the work, with value equality) is unchanged. The work reports into the bag it is given, and
    /// those diagnostics are reported again whenever the result is reused.
    /// </summary>
    internal TValue Memo<TKey, TValue>(string table, TKey key, Func<DiagnosticBag, TValue> work)
        where TKey : notnull
    {
        if (Cache is null)
        {
            return work(Diagnostics);
        }
        var (value, diagnostics) = Cache.GetOrAdd(table, key, () =>
        {
            var bag = new DiagnosticBag();
            return (work(bag), bag.ToSortedArray());
        });
        foreach (var diagnostic in diagnostics)
        {
            Diagnostics.Add(diagnostic);
        }
        return value;
    }

    /// <summary>A path as diagnostics show it: relative to the display root, with <c>/</c> separators.</summary>
    public string DisplayPath(string fullPath)
    {
        if (DefaultThemeFileSystem.IsDefaultTheme(fullPath))
        {
            return "(default theme)" + fullPath[Templates.DefaultTheme.Root.Length..].Replace('\\', '/');
        }
        var relative = Path.GetRelativePath(Options.DisplayRoot!, fullPath).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }

    /// <summary>Reads and decodes a UTF-8 text file, reporting PS0108 at the first invalid byte.</summary>
    internal SourceFile? ReadSource(string fullPath) => ReadSource(fullPath, Diagnostics);

    /// <summary>Reads and decodes a UTF-8 text file, reporting PS0108 into <paramref name="diagnostics"/>.</summary>
    internal SourceFile? ReadSource(string fullPath, DiagnosticBag diagnostics)
    {
        var display = DisplayPath(fullPath);
        var bytes = FileSystem.ReadAllBytes(fullPath);
        if (bytes.Length > SourceLimits.MaxFileBytes)
        {
            diagnostics.Add(Codes.FileTooLarge, new SourceLocation(display, 1, 1), bytes.Length, SourceLimits.MaxFileBytes);
            return null;
        }
        if (!Utf8.TryDecode(bytes, out var text, out var error))
        {
            diagnostics.Add(Codes.NotUtf8, new SourceLocation(display, error.Line, error.Column), error.Byte);
            return null;
        }
        return CheckText(display, text, diagnostics) ? new SourceFile(fullPath, display, text) : null;
    }

    /// <summary>
    /// Holds every source file to <see cref="SourceLimits.MaxLineLength"/> and <see cref="TextPolicy"/> as it is
    /// read, the one place all source text passes, so no later step (parsers, XML writers, the PDF) meets such text.
    /// Reports each problem (at most <see cref="MaxReportsPerFile"/> per file) and returns false when there was one.
    /// </summary>
    private static bool CheckText(string display, string text, DiagnosticBag diagnostics)
    {
        var reported = 0;
        // Lines end at '\n' only, as the YAML, Markdown and UTF-8 positions count them.
        var lineNumber = 1;
        for (var start = 0; start <= text.Length; lineNumber++)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length > SourceLimits.MaxLineLength && reported++ < MaxReportsPerFile)
            {
                diagnostics.Add(Codes.LineTooLong, new SourceLocation(display, lineNumber, SourceLimits.MaxLineLength + 1), length, SourceLimits.MaxLineLength);
            }
            if (end < 0)
            {
                break;
            }
            start = end + 1;
        }
        foreach (var (line, column, codePoint) in TextPolicy.Find(text, references: true))
        {
            if (reported++ >= MaxReportsPerFile)
            {
                break;
            }
            diagnostics.Add(Codes.ForbiddenCharacter, new SourceLocation(display, line, column), TextPolicy.Describe(codePoint));
        }
        return reported == 0;
    }

    /// <summary>A file full of pasted control characters gets a screenful of errors, not thousands.</summary>
    private const int MaxReportsPerFile = 20;
}
