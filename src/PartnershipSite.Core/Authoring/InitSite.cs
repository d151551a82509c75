using System.Globalization;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;
using PartnershipSite.Templates;

namespace PartnershipSite.Authoring;

/// <summary>
/// Starts a new site in an empty folder: a commented <c>input/site.yml</c>, one example release that shows the press
/// blocks, the default theme in <c>theme/</c> (to change as the office likes), <c>netlify.toml</c> and <c>.gitignore</c>.
/// The site builds at once with no error and no warning. A folder that holds anything is refused, untouched.
/// </summary>
public static class InitSite
{
    /// <summary>Writes the new site into <paramref name="directory"/>, or returns why it did not.</summary>
    public static InitSiteResult Create(IFileSystem fileSystem, string directory, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        var root = fileSystem.GetFullPath(directory);
        if (fileSystem.FileExists(root))
        {
            return new InitSiteResult(root, [], Codes.InitFolderNotEmpty.Create(new SourceLocation(directory), directory, "is a file"));
        }
        if (fileSystem.DirectoryExists(root) && fileSystem.ListFiles(root, recursive: true) is { Count: > 0 } existing)
        {
            var names = string.Join(", ", existing.Take(3).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')));
            var what = existing.Count == 1 ? $"is not empty: it holds {names}" : $"is not empty: it holds {existing.Count} files ({names}{(existing.Count > 3 ? ", …" : "")})";
            return new InitSiteResult(root, [], Codes.InitFolderNotEmpty.Create(new SourceLocation(directory), directory, what));
        }
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["input/site.yml"] = Text.Utf8.GetBytes(SiteTemplates.SiteYml),
            [$"input/releases/{Day(today)}-our-new-press-office-opens.md"] = Text.Utf8.GetBytes(SiteTemplates.ExampleRelease(Day(today))),
            ["netlify.toml"] = Text.Utf8.GetBytes(SiteTemplates.NetlifyToml),
            [".gitignore"] = Text.Utf8.GetBytes(SiteTemplates.GitIgnore),
        };
        foreach (var (path, bytes) in DefaultTheme.Files)
        {
            files["theme/" + path] = bytes;
        }
        foreach (var (path, bytes) in files)
        {
            fileSystem.WriteAllBytes(Path.Join(root, path), bytes);
        }
        return new InitSiteResult(root, [.. files.Keys], null);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
