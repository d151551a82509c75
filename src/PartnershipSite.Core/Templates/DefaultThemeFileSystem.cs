using PartnershipSite.IO;

namespace PartnershipSite.Templates;

/// <summary>
/// Serves <see cref="DefaultTheme.Root"/> from the assembly and passes every other path to <paramref name="inner"/>.
/// It sits above <see cref="ConfinedFileSystem"/>: the read confinement is a policy for the disk (where a link can
/// lead anywhere), and the embedded theme is not disk but part of the program, as trusted as its code. Nothing can
/// be written, deleted or linked below the root.
/// </summary>
/// <param name="inner">The (confined) file system for everything else.</param>
public sealed class DefaultThemeFileSystem(IFileSystem inner) : IFileSystem
{
    private static readonly string RootPrefix = DefaultTheme.Root + Path.DirectorySeparatorChar;

    /// <summary>True when <paramref name="path"/> names the default theme or something in it.</summary>
    public static bool IsDefaultTheme(string path) => path == DefaultTheme.Root || path.StartsWith(RootPrefix, StringComparison.Ordinal);

    /// <inheritdoc />
    public string GetFullPath(string path) => inner.GetFullPath(path);

    /// <inheritdoc />
    public bool FileExists(string path) => Relative(path) is { } file ? DefaultTheme.Files.ContainsKey(file) : inner.FileExists(path);

    /// <inheritdoc />
    public bool DirectoryExists(string path) => Relative(path) is { } folder
        ? folder.Length == 0 || DefaultTheme.Files.Keys.Any(k => k.StartsWith(folder + "/", StringComparison.Ordinal))
        : inner.DirectoryExists(path);

    /// <inheritdoc />
    public FileStamp Stamp(string path) => Relative(path) is { } file ? new FileStamp(Bytes(file).Length, 0) : inner.Stamp(path);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) => Relative(path) is { } file ? (byte[])Bytes(file).Clone() : inner.ReadAllBytes(path);

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles(string directory, bool recursive)
    {
        if (Relative(directory) is not { } folder)
        {
            return inner.ListFiles(directory, recursive);
        }
        var prefix = folder.Length == 0 ? "" : folder + "/";
        return [.. DefaultTheme.Files.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && (recursive || !k.AsSpan(prefix.Length).Contains('/')))
            .Select(k => Path.Join(DefaultTheme.Root, k.Replace('/', Path.DirectorySeparatorChar)))
            .Order(StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        ThrowIfDefaultTheme(path);
        inner.WriteAllBytes(path, content);
    }

    /// <inheritdoc />
    public void CreateFile(string path, ReadOnlySpan<byte> content)
    {
        ThrowIfDefaultTheme(path);
        inner.CreateFile(path, content);
    }

    /// <inheritdoc />
    public void MoveFile(string source, string destination)
    {
        ThrowIfDefaultTheme(source);
        ThrowIfDefaultTheme(destination);
        inner.MoveFile(source, destination);
    }

    /// <inheritdoc />
    public void DeleteFile(string path)
    {
        ThrowIfDefaultTheme(path);
        inner.DeleteFile(path);
    }

    /// <inheritdoc />
    public void CreateDirectory(string path)
    {
        ThrowIfDefaultTheme(path);
        inner.CreateDirectory(path);
    }

    /// <inheritdoc />
    public void DeleteDirectory(string path)
    {
        ThrowIfDefaultTheme(path);
        inner.DeleteDirectory(path);
    }

    /// <inheritdoc />
    public void MoveDirectory(string source, string destination)
    {
        ThrowIfDefaultTheme(source);
        ThrowIfDefaultTheme(destination);
        inner.MoveDirectory(source, destination);
    }

    /// <inheritdoc />
    public bool TryLinkFile(string existing, string link) =>
        Relative(existing) is null && Relative(link) is null && inner.TryLinkFile(existing, link);

    /// <inheritdoc />
    public string? ReadLink(string path) => Relative(path) is null ? inner.ReadLink(path) : null;

    /// <inheritdoc />
    public string? ResolveLinks(string path) => Relative(path) is null
        ? inner.ResolveLinks(path)
        : FileExists(path) || DirectoryExists(path) ? GetFullPath(path) : null;

    /// <inheritdoc />
    public bool TryExchangeDirectories(string first, string second) => inner.TryExchangeDirectories(first, second);

    // The '/'-separated path inside the theme ("" for the root), or null for a path outside it.
    private string? Relative(string path)
    {
        var full = inner.GetFullPath(path);
        return full == DefaultTheme.Root ? "" : full.StartsWith(RootPrefix, StringComparison.Ordinal) ? full[RootPrefix.Length..].Replace('\\', '/') : null;
    }

    private static byte[] Bytes(string file) => DefaultTheme.Files[file];

    private void ThrowIfDefaultTheme(string path)
    {
        if (Relative(path) is not null)
        {
            throw new InvalidOperationException($"The default theme is part of the program and cannot be changed: '{path}'.");
        }
    }
}
