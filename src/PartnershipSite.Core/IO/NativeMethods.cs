using System.Runtime.InteropServices;

namespace PartnershipSite.IO;

/// <summary>The POSIX calls .NET has no managed API for.</summary>
internal static partial class NativeMethods
{
    // POSIX link(2): .NET offers symbolic links only. Returns 0 on success, -1 (errno set) otherwise.
    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static partial int Link(string existing, string link);
}
