using System.Runtime.InteropServices;

namespace PartnershipSite.IO;

/// <summary>The POSIX calls .NET has no managed API for.</summary>
internal static partial class NativeMethods
{
    // POSIX link(2): .NET offers symbolic links only. Returns 0 on success, -1 (errno set) otherwise.
    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static partial int Link(string existing, string link);

    // POSIX realpath(3) with a caller-owned buffer of PATH_MAX (4096) bytes: every symbolic link resolved.
    // Returns null (errno set) when any component is missing, so a dangling link resolves to nothing.
    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static partial nint RealPath(string path, nint resolved);

    // Linux renameat2(2) with RENAME_EXCHANGE (2): swaps two paths atomically. AT_FDCWD is -100.
    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    internal const int AtCurrentDirectory = -100;
    internal const uint RenameExchange = 2;
}
