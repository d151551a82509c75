namespace PartnershipSite.Tests.Support;

/// <summary>
/// Golden files in tests/PartnershipSite.Tests/Golden/, named after the test. <c>UPDATE_GOLDEN=1 dotnet test</c>
/// rewrites them; review the change with <c>git diff tests/</c>.
/// </summary>
public static class GoldenFile
{
    /// <summary>Asserts <paramref name="actual"/> equals the golden file, or rewrites it when UPDATE_GOLDEN=1.</summary>
    public static void Verify(string name, string actual)
    {
        var path = RealFiles.PathOf(Path.Combine("tests", "PartnershipSite.Tests", "Golden", name));
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No golden file {name}: run UPDATE_GOLDEN=1 dotnet test and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
