using PartnershipSite.IO;

namespace PartnershipSite.Tests.Support;

/// <summary>The repository's own files (input/, theme/, fixtures), found from the test binary's folder.</summary>
internal static class RealFiles
{
    /// <summary>The repository root: the folder holding PartnershipSite.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The absolute path of a file or folder in the repository.</summary>
    public static string PathOf(string relative) => Path.Combine(RepositoryRoot, relative);

    /// <summary>Copies a repository folder into an in-memory file system at the same relative path below <c>/site</c>.</summary>
    public static void CopyInto(InMemoryFileSystem fs, string folder)
    {
        var root = PathOf(folder);
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
        {
            fs.WriteAllBytes("/site/" + folder + "/" + Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
    }

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "PartnershipSite.sln")))
            {
                return dir;
            }
        }
        throw new InvalidOperationException("PartnershipSite.sln not found above " + AppContext.BaseDirectory);
    }
}
