using System.CommandLine;
using System.Net;
using PartnershipSite.Cli.Preview;
using PartnershipSite.Engine;

namespace PartnershipSite.Cli;

/// <summary><c>serve [--port N] [--host 127.0.0.1] [--input DIR] [--output DIR]</c>.</summary>
internal static class ServeCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var port = new Option<int>("--port") { Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "The address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var input = new Option<string>("--input") { Description = "The folder holding site.yml and releases/.", DefaultValueFactory = _ => "input" };
        var output = new Option<string>("--output") { Description = "Where the preview is written; never the published output.", DefaultValueFactory = _ => "output.preview" };
        var showEmbargoed = new Option<bool>("--show-embargoed") { Description = "Also show releases under embargo, each with a banner (never published)." };
        var noCache = NoCacheOption.Create();
        var command = new Command("serve", "Builds the site, serves it on this machine, and rebuilds and reloads the browser on every change.")
        {
            port, host, input, output, showEmbargoed, noCache,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var hostText = result.GetValue(host)!;
            var address = hostText == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(hostText, out var ip) ? ip : null;
            if (address is null)
            {
                Terminal.WriteRaw(terminal.Error, $"error: '{hostText}' is not an IP address, e.g. 127.0.0.1.");
                return ExitCodes.Usage;
            }
            if (!IPAddress.IsLoopback(address))
            {
                // The preview shows drafts and every error page; on another address anyone on the network can read them.
                Terminal.WriteRaw(terminal.Error,
                    $"warning: serving on {hostText} makes the preview, drafts and error pages included, reachable from other machines on the network. " +
                    "Press Ctrl+C to stop, and run serve without --host (it listens on 127.0.0.1) to keep it on this machine.");
            }
            var options = new ServeOptions(result.GetValue(input)!, result.GetValue(output)!, address, result.GetValue(port),
                "netlify.toml", Environment.CurrentDirectory, TimeSpan.FromMilliseconds(25)) 
            {
                ShowEmbargoed = result.GetValue(showEmbargoed),
                CacheDirectory = result.GetValue(noCache) ? null : BuildOptions.DefaultCacheDirectory(result.GetValue(input)!),
            };
            var log = TextWriter.Synchronized(terminal.Out.Profile.Out.Writer);
            await using var session = new PreviewSession(options, log, clock);
            try
            {
                var url = await session.StartAsync(cancellationToken);
                await log.WriteLineAsync($"Serving at {url} (press Ctrl+C to stop)");
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await log.WriteLineAsync("Stopping.");
            }
            catch (IOException e)
            {
                // Kestrel reports a port in use as an IOException.
                Terminal.WriteRaw(terminal.Error, $"error: cannot listen on {hostText}:{result.GetValue(port)}: {e.Message}");
                return ExitCodes.Usage;
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
