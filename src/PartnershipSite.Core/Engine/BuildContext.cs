using Markdig;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Engine;

/// <summary>What one build runs with: the file system, the clock, the options and the diagnostics sink.</summary>
public sealed class BuildContext(BuildOptions options, IFileSystem fileSystem, TimeProvider clock)
{
    /// <summary>The caller's options, resolved to absolute paths.</summary>
    public BuildOptions Options { get; } = options with
    {
        InputDirectory = fileSystem.GetFullPath(options.InputDirectory),
        OutputDirectory = fileSystem.GetFullPath(options.OutputDirectory),
        DisplayRoot = fileSystem.GetFullPath(options.DisplayRoot ?? "."),
    };

    /// <summary>The only way the engine reads or writes files.</summary>
    public IFileSystem FileSystem { get; } = fileSystem;

    /// <summary>The injected clock: used to time steps, never written into output.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>Where steps report problems.</summary>
    public DiagnosticBag Diagnostics { get; } = new(options.WarningsAsErrors);

    /// <summary>The one Markdig pipeline, shared by HTML, PDF and checks so formats cannot drift.</summary>
    public MarkdownPipeline Markdown { get; } = Markup.MarkdownPipelines.Site;

    /// <summary>A path as diagnostics show it: relative to the display root, with <c>/</c> separators.</summary>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Options.DisplayRoot!, fullPath).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }

    /// <summary>Reads and decodes a UTF-8 text file, reporting PS0108 at the first invalid byte.</summary>
    public SourceFile? ReadSource(string fullPath)
    {
        var display = DisplayPath(fullPath);
        if (Text.Utf8.TryDecode(FileSystem.ReadAllBytes(fullPath), out var text, out var error))
        {
            return new SourceFile(fullPath, display, text);
        }
        Diagnostics.Add(Codes.NotUtf8, new SourceLocation(display, error.Line, error.Column), error.Byte);
        return null;
    }
}
