using System.Diagnostics;

namespace PartnershipSite.Tests.Support;

/// <summary>Runs the built CLI in a real process, as an editor or CI would.</summary>
public static class CliProcess
{
    // The CLI from its own build output, with its own runtimeconfig and dependencies: the copy in the test folder
    // would resolve assemblies against the test project's shared frameworks (ASP.NET Core) instead.
    private static readonly string CliPath = RealFiles.PathOf(Path.Combine("src", "PartnershipSite", "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "PartnershipSite.dll"));

    /// <summary>The start info for <c>dotnet PartnershipSite.dll args…</c> in <paramref name="workingDirectory"/>.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(CliPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        return start;
    }

    /// <summary>Runs to completion and returns the exit code and both streams.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
