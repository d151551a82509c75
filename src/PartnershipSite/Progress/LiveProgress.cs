using PartnershipSite.Engine;
using PartnershipSite.Progress;
using Spectre.Console;

namespace PartnershipSite.Cli.Progress;

/// <summary>Turns the engine's progress reports into Spectre.Console progress tasks, one per step.</summary>
internal sealed class LiveProgress(ProgressContext context) : IProgress<BuildProgress>
{
    private readonly Lock _lock = new();
    private ProgressTask? _task;
    private string? _step;
    private string? _items;

    public void Report(BuildProgress value)
    {
        // Reports come from the steps' parallel work: one at a time here, and a late one never moves the count back.
        lock (_lock)
        {
            if (value.Step != _step || value.Items != _items)
            {
                _task?.StopTask();
                _step = value.Step;
                _items = value.Items;
                var description = value.Items is null ? value.Step : $"{value.Step}: {value.Items}";
                _task = context.AddTask(Spectre.Console.Markup.Escape(description), maxValue: Math.Max(1, value.Total));
                _task.IsIndeterminate = value.Items is null;
            }
            if (value.Done > _task!.Value)
            {
                _task.Value = value.Done;
            }
            // A step can start and end between two timed refreshes: draw its start at least once.
            if (value.Done == 0)
            {
                context.Refresh();
            }
        }
    }
}
