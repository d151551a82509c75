using System.Collections.Frozen;

namespace PartnershipSite.Templates;

/// <summary>
/// The theme the engine ships with (the repository's <c>theme/</c>, embedded in this assembly at build time): a site
/// that names no theme and has no <c>theme/</c> folder beside its input is built with it, and <c>init</c> writes it out.
/// </summary>
internal static class DefaultTheme
{
    private const string Prefix = "theme/";

    private static readonly Lazy<FrozenDictionary<string, byte[]>> Embedded = new(Load);

    /// <summary>
    /// Where the build sees the default theme: not a folder on disk but a name <see cref="Templates.DefaultThemeFileSystem"/>
    /// answers for from the assembly, so nothing on disk is read for it.
    /// </summary>
    public static string Root { get; } = Path.GetFullPath(Path.DirectorySeparatorChar + "(default theme)");

    /// <summary>The theme's files by their path inside the theme ("layouts/base.liquid"), '/'-separated.</summary>
    public static FrozenDictionary<string, byte[]> Files => Embedded.Value;

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(DefaultTheme).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            // MSBuild's %(RecursiveDir) uses the separator of the machine that built the assembly.
            files[name[Prefix.Length..].Replace('\\', '/')] = copy.ToArray();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
