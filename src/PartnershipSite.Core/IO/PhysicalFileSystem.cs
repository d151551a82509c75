// The one file allowed to call System.IO.File and Directory (see BannedSymbols.txt).
#pragma warning disable RS0030

namespace PartnershipSite.IO;

/// <summary>The real disk.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    /// <inheritdoc />
    public string GetFullPath(string path) => Path.GetFullPath(path);

    /// <inheritdoc />
    public bool FileExists(string path) => File.Exists(path);

    /// <inheritdoc />
    public bool DirectoryExists(string path) => Directory.Exists(path);

    /// <inheritdoc />
    public FileStamp Stamp(string path)
    {
        var info = new FileInfo(path);
        return new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles(string directory, bool recursive)
    {
        // A symbolic link is listed as itself and never descended into: whether it may be followed is the caller's
        // policy (ConfinedFileSystem), and not following links here also makes a link loop harmless.
        var files = new List<string>();
        var pending = new Stack<string>([directory]);
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", Listing))
            {
                if (entry.LinkTarget is null && entry is DirectoryInfo)
                {
                    if (recursive)
                    {
                        pending.Push(entry.FullName);
                    }
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    // Every entry, hidden or not; no recursion (done above, so that links are not followed).
    private static readonly EnumerationOptions Listing = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    /// <inheritdoc />
    public void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(content);
    }

    /// <inheritdoc />
    public void CreateFile(string path, ReadOnlySpan<byte> content)
    {
        // CreateNew: no truncate; RandomAccess at offset 0: no buffer and no seek. (The CLI turns off .NET's advisory
        // flock for every open, see PartnershipSite.csproj: two more system calls per file.)
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.Write(handle, content, 0);
    }

    /// <inheritdoc />
    public void DeleteFile(string path) => File.Delete(path);

    /// <inheritdoc />
    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    /// <inheritdoc />
    public void DeleteDirectory(string path) => Directory.Delete(path, recursive: true);

    /// <inheritdoc />
    public void MoveDirectory(string source, string destination) => Directory.Move(source, destination);

    /// <inheritdoc />
    public void MoveFile(string source, string destination) => File.Move(source, destination, overwrite: true);

    /// <inheritdoc />
    public string? ReadLink(string path) => new FileInfo(path).LinkTarget;

    /// <inheritdoc />
    public string? ResolveLinks(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            var full = Path.GetFullPath(path);
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? target.FullName : null;
        }
        var buffer = System.Runtime.InteropServices.Marshal.AllocHGlobal(4096);
        try
        {
            var result = NativeMethods.RealPath(path, buffer);
            return result == 0 ? null : System.Runtime.InteropServices.Marshal.PtrToStringUTF8(result);
        }
        finally
        {
            System.Runtime.InteropServices.Marshal.FreeHGlobal(buffer);
        }
    }

    /// <inheritdoc />
    public bool TryExchangeDirectories(string first, string second) =>
        OperatingSystem.IsLinux()
        && NativeMethods.RenameAt2(NativeMethods.AtCurrentDirectory, first, NativeMethods.AtCurrentDirectory, second, NativeMethods.RenameExchange) == 0;

    /// <inheritdoc />
    public bool TryLinkFile(string existing, string link)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return false;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        return NativeMethods.Link(existing, link) == 0;
    }
}
