using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Cli;

/// <summary><c>serve</c> as an editor runs it: a real process, stopped with Ctrl+C.</summary>
public sealed partial class ServeProcessTests
{
    [Fact]
    public async Task Serve_process_stops_cleanly_on_ctrl_c()
    {
        await using var site = await ServedSite.StartAsync();
        await site.StopAsync();
        var start = CliProcess.StartInfo(site.Root, "serve", "--port", "0");
        using var process = Process.Start(start)!;
        try
        {
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var output = new List<string>();
            Uri? address = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            while (address is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                output.Add(line);
                address = ServingAt().Match(line) is { Success: true } m ? new Uri(m.Groups[1].Value) : null;
            }
            if (address is null)
            {
                // Only once the process has ended: stderr is read to its end.
                Assert.Fail(string.Join('\n', output) + await stderr);
            }

            using var http = new HttpClient();
            var page = await http.GetStringAsync(new Uri(address, "releases/first/"), TestContext.Current.CancellationToken);
            Interrupt(process.Id);
            var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal("127.0.0.1", address.Host);
            Assert.Contains("<h1>First release</h1>", page);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopping.", rest);
            Assert.DoesNotContain("   at ", await stderr);
        }
        finally
        {
            // Never leave a server behind when an assertion fails.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    // Ctrl+C is SIGINT. A process started in the background by a non-interactive shell inherits SIGINT as
    // ignored (POSIX), and the runtime cannot undo that; SIGTERM then takes the same cancellation path.
    private static void Interrupt(int pid)
    {
        var ignored = File.ReadAllLines($"/proc/{pid}/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        var mask = ulong.Parse(ignored["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var signal = (mask & 0x2) == 0 ? "-INT" : "-TERM";
        using var kill = Process.Start("kill", [signal, pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    [GeneratedRegex(@"Serving at (http://\S+)")]
    private static partial Regex ServingAt();
}
