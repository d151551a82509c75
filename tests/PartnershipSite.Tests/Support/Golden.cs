namespace PartnershipSite.Tests.Support;

/// <summary>
/// Golden files: expected output kept in <c>Golden/</c> and compared byte for byte. Run
/// <c>UPDATE_GOLDEN=1 dotnet test</c> after an intended change, then review <c>git diff tests/</c>.
/// </summary>
public static class Golden
{
    /// <summary>True when this run rewrites golden files instead of comparing with them.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Compares <paramref name="actual"/> with the golden file <paramref name="name"/> (a path below <c>Golden/</c>).</summary>
    public static void Verify(string name, string actual)
    {
        var path = RealFiles.PathOf(Path.Combine("tests", "PartnershipSite.Tests", "Golden", name));
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"There is no golden file {name}: run UPDATE_GOLDEN=1 dotnet test and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
