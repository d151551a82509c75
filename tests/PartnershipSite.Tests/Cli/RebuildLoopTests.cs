using PartnershipSite.Cli.Preview;

namespace PartnershipSite.Tests.Cli;

public sealed class RebuildLoopTests
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task A_burst_of_changes_is_debounced_into_one_rebuild()
    {
        var rebuilds = 0;
        var loop = new RebuildLoop(_ => { Interlocked.Increment(ref rebuilds); return Task.CompletedTask; }, Debounce);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = loop.RunAsync(stop.Token);

        for (var i = 0; i < 20; i++)
        {
            loop.Notify($"/site/input/releases/{i}.md");
        }
        await Task.Delay(Debounce * 10, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await running;

        Assert.Equal(1, rebuilds);
    }

    [Fact]
    public async Task A_newer_change_cancels_the_rebuild_in_flight_and_starts_another()
    {
        var tokens = new List<CancellationToken>();
        var started = new SemaphoreSlim(0);
        var loop = new RebuildLoop(async token =>
        {
            lock (tokens)
            {
                tokens.Add(token);
            }
            started.Release();
            await Task.Delay(Timeout.Infinite, token);
        }, Debounce);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = loop.RunAsync(stop.Token);

        loop.Notify("a.md");
        Assert.True(await started.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        loop.Notify("a.md");
        Assert.True(await started.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(2, tokens.Count);
        Assert.True(tokens[0].IsCancellationRequested);
        Assert.True(tokens[1].IsCancellationRequested, "stopping the loop cancels the last rebuild too");
    }

    [Fact]
    public async Task A_newer_change_cancels_a_rebuild_that_works_synchronously()
    {
        // A real build is CPU work that returns only when done (its steps complete synchronously): the loop must
        // not be held by it, or a newer change waits for the whole rebuild, checks of 10,000 pages included.
        var started = new SemaphoreSlim(0);
        var cancelled = 0;
        var loop = new RebuildLoop(token =>
        {
            started.Release();
            var bound = System.Diagnostics.Stopwatch.StartNew();
            while (!token.IsCancellationRequested && bound.Elapsed < TimeSpan.FromSeconds(20))
            {
                Thread.SpinWait(1000);
            }
            if (token.IsCancellationRequested)
            {
                Interlocked.Increment(ref cancelled);
            }
            return Task.CompletedTask;
        }, Debounce);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = loop.RunAsync(stop.Token);

        loop.Notify("a.md");
        Assert.True(await started.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        loop.Notify("a.md");
        var second = await started.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.True(second, "the second change started a rebuild while the first was still working");
        Assert.Equal(2, cancelled);
    }
}
