using System.Diagnostics;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Cli;

/// <summary>
/// The CLI as a .NET tool, as a new press office installs it: packed, installed from a local package folder into a
/// tool path, then building the repository's real site, and the same site with no theme folder (the one inside).
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("partnershipsite-tool-");

    public void Dispose() => _work.Delete(recursive: true);

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public async Task The_packed_tool_installs_from_a_local_folder_and_builds_the_real_site_with_and_without_a_theme_folder()
    {
        var packages = Path.Join(_work.FullName, "packages");
        var tools = Path.Join(_work.FullName, "tools");
        // The configuration this test assembly was built in: the CLI beside it was built the same way.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

        var pack = await RunAsync("dotnet", RealFiles.RepositoryRoot, "pack", "src/PartnershipSite", "-c", configuration, "--no-build", "-o", packages);
        Assert.True(pack.ExitCode == 0, pack.Output);
        var install = await RunAsync("dotnet", _work.FullName, "tool", "install", "--tool-path", tools, "--add-source", packages, "PartnershipSite");
        Assert.True(install.ExitCode == 0, install.Output);
        var command = Path.Join(tools, OperatingSystem.IsWindows() ? "partnershipsite.exe" : "partnershipsite");
        Assert.True(File.Exists(command), install.Output);

        var real = await RunAsync(command, _work.FullName, "build", "--input", RealFiles.PathOf("input"), "--output", Path.Join(_work.FullName, "real-output"));
        Assert.True(real.ExitCode == 0, real.Output);
        Assert.Contains("0 error(s), 0 warning(s)", real.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Join(_work.FullName, "real-output", "index.html")));

        // The same input with no theme named and no theme folder beside it: the tool's own theme builds it.
        var bare = Path.Join(_work.FullName, "bare");
        foreach (var file in Directory.GetFiles(RealFiles.PathOf("input"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(bare, "input", Path.GetRelativePath(RealFiles.PathOf("input"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var config = Path.Join(bare, "input", "site.yml");
        await File.WriteAllLinesAsync(config, File.ReadLines(config).Where(l => !l.StartsWith("theme:", StringComparison.Ordinal)).ToList(), TestContext.Current.CancellationToken);
        var themeless = await RunAsync(command, bare, "build");
        Assert.True(themeless.ExitCode == 0, themeless.Output);
        Assert.Contains("0 error(s), 0 warning(s)", themeless.Output, StringComparison.Ordinal);
        Assert.Equal(
            Directory.GetFiles(Path.Join(_work.FullName, "real-output"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Join(_work.FullName, "real-output"), f)).Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Join(bare, "output"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Join(bare, "output"), f)).Order(StringComparer.Ordinal));
    }
}
