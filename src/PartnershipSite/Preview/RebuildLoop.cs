using System.Threading.Channels;

namespace PartnershipSite.Cli.Preview;

/// <summary>
/// Turns bursts of file changes into rebuilds: waits until changes have been quiet for the debounce interval,
/// then cancels the rebuild in flight (a newer change supersedes it) and starts another.
/// </summary>
internal sealed class RebuildLoop(Func<CancellationToken, Task> rebuild, TimeSpan debounce)
{
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Records a change; safe from any thread (file watcher callbacks).</summary>
    public void Notify(string path) => _changes.Writer.TryWrite(path);

    /// <summary>Runs until <paramref name="stopping"/> is cancelled, then cancels and awaits the rebuild in flight.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        CancellationTokenSource? inFlight = null;
        var running = Task.CompletedTask;
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stopping).ConfigureAwait(false))
            {
                await QuietAsync(stopping).ConfigureAwait(false);
                if (inFlight is not null)
                {
                    await inFlight.CancelAsync().ConfigureAwait(false);
                    await Settle(running).ConfigureAwait(false);
                    inFlight.Dispose();
                }
                inFlight = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                // On the thread pool: a build is mostly synchronous CPU work, and called inline it would hold this
                // loop until it finished, so a newer change could never cancel it (at 10,000 releases each rebuild
                // then ran its whole minute of checks, and the edits queued behind it).
                var token = inFlight.Token;
                running = Task.Run(() => rebuild(token), CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            if (inFlight is not null)
            {
                await inFlight.CancelAsync().ConfigureAwait(false);
                await Settle(running).ConfigureAwait(false);
                inFlight.Dispose();
            }
        }
    }

    // Waits until no change has arrived for one debounce interval, draining the changes as they come.
    private async Task QuietAsync(CancellationToken stopping)
    {
        do
        {
            while (_changes.Reader.TryRead(out _))
            {
            }
            await Task.Delay(debounce, stopping).ConfigureAwait(false);
        }
        while (_changes.Reader.TryPeek(out _));
    }

    private static async Task Settle(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The superseded rebuild stopped, as asked.
        }
    }
}
