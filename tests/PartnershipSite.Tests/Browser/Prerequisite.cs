namespace PartnershipSite.Tests.Browser;

/// <summary>
/// What to do when a tool the tests need (Chromium, Java, the Nu checker) is missing: skip locally with the
/// command that installs it, but fail in CI (<c>CI=true</c>), where a skip would hide a broken set-up.
/// </summary>
public static class Prerequisite
{
    /// <summary>The command that installs every test prerequisite.</summary>
    public const string InstallCommand = "scripts/install-prerequisites";

    /// <summary>True when running in CI.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (locally) or fails (in CI) when <paramref name="missing"/> is not null.</summary>
    public static void Require(string? missing)
    {
        if (missing is null)
        {
            return;
        }
        var message = $"{missing} Install it with `{InstallCommand}`.";
        if (InCi)
        {
            Assert.Fail(message + " (CI=true: a missing prerequisite fails rather than skips.)");
        }
        Assert.Skip(message);
    }
}
