namespace PartnershipSite.Tests.Golden;

/// <summary>
/// Compares output with reviewed files under <c>tests/PartnershipSite.Tests/Golden/</c>. With <c>UPDATE_GOLDEN=1</c>
/// the files are rewritten instead, to be reviewed as a diff before committing.
/// </summary>
public static class GoldenFiles
{
    /// <summary>True when the run should rewrite golden files.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>The folder of one golden set, in the source tree.</summary>
    public static string Folder(string name) => Support.RealFiles.PathOf(Path.Combine("tests", "PartnershipSite.Tests", "Golden", name));

    /// <summary>Checks (or rewrites) one golden file, <paramref name="name"/> being its path below <c>Golden/</c>.</summary>
    public static void Verify(string name, string actual)
    {
        var path = Support.RealFiles.PathOf(Path.Combine("tests", "PartnershipSite.Tests", "Golden", name));
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No golden file {name}: run UPDATE_GOLDEN=1 dotnet test and review the diff.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"{name} differs from its golden file: run UPDATE_GOLDEN=1 dotnet test and review the diff.\n{FirstDifference(expected, actual)}");
    }

    /// <summary>Checks (or rewrites) a whole set: same file names, same contents.</summary>
    public static void Verify(string name, IReadOnlyDictionary<string, string> actual)
    {
        var folder = Folder(name);
        if (Updating)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            foreach (var (path, text) in actual)
            {
                var target = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
            }
            return;
        }
        Assert.True(Directory.Exists(folder), $"No golden files at {folder}: run UPDATE_GOLDEN=1 dotnet test and review the diff.");
        var expected = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, text) in expected)
        {
            Assert.True(text == actual[path], $"{name}/{path} differs from its golden file: run UPDATE_GOLDEN=1 dotnet test and review the diff.\n{FirstDifference(text, actual[path])}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}:\n- {left}\n+ {right}";
            }
        }
        return "";
    }
}
