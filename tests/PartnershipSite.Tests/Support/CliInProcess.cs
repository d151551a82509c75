using Microsoft.Extensions.Time.Testing;
using PartnershipSite.Cli;
using Spectre.Console.Testing;

namespace PartnershipSite.Tests.Support;

/// <summary>Runs the CLI's commands in this process, writing to Spectre.Console test consoles instead of the process's streams.</summary>
public static class CliInProcess
{
    /// <summary>Runs <paramref name="args"/>; <paramref name="interactive"/> makes stderr a terminal (live progress).</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string[] args, bool interactive = false)
    {
        using var output = new TestConsole().Width(1000);
        using var error = new TestConsole().Width(1000);
        if (interactive)
        {
            error.Interactive();
        }
        var code = await CommandLine.RunAsync(args, new Terminal(output, error), new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        return (code, output.Output, error.Output);
    }
}
