namespace PartnershipSite.Progress;

/// <summary>
/// Where steps say how far they have got: the builder starts each step, a step that works item by item says how
/// many items it has and then calls <see cref="ItemDone"/> once per item (from any thread). Without a sink it does
/// nothing, so steps need not ask whether anyone is watching.
/// </summary>
public sealed class ProgressReporter(IProgress<BuildProgress>? sink)
{
    private string _step = "";
    private string? _items;
    private int _total;
    private int _done;

    /// <summary>A reporter nobody watches.</summary>
    public static ProgressReporter None { get; } = new(null);

    /// <summary>Called by the builder as each step starts.</summary>
    public void StepStarted(string step)
    {
        _step = step;
        _items = null;
        _total = 0;
        Volatile.Write(ref _done, 0);
        sink?.Report(new BuildProgress(step, null, 0, 0));
    }

    /// <summary>The running step has <paramref name="total"/> items, each described by <paramref name="items"/> ("PDFs rendered").</summary>
    public void Items(string items, int total)
    {
        _items = items;
        _total = total;
        Volatile.Write(ref _done, 0);
        sink?.Report(new BuildProgress(_step, items, 0, total));
    }

    /// <summary>One more item of the running step is done; thread-safe.</summary>
    public void ItemDone()
    {
        var done = Interlocked.Increment(ref _done);
        sink?.Report(new BuildProgress(_step, _items, done, _total));
    }
}
