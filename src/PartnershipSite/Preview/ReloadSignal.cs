namespace PartnershipSite.Cli.Preview;

/// <summary>The number of the latest published build, and a way to wait for the next one.</summary>
internal sealed class ReloadSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The latest build's number; 0 before the first build.</summary>
    public long Build { get; private set; }

    /// <summary>Records a new build and wakes every waiting live-reload stream.</summary>
    public long Publish()
    {
        TaskCompletionSource woken;
        long build;
        lock (_gate)
        {
            build = ++Build;
            woken = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        woken.SetResult();
        return build;
    }

    /// <summary>Completes when a build newer than <paramref name="seen"/> has been published.</summary>
    public async Task WaitForNewerAsync(long seen, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task next;
            lock (_gate)
            {
                if (Build > seen)
                {
                    return;
                }
                next = _next.Task;
            }
            await next.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
