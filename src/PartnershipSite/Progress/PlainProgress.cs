using System.Globalization;
using PartnershipSite.Engine;
using PartnershipSite.Progress;
using Spectre.Console;

namespace PartnershipSite.Cli.Progress;

/// <summary>
/// Progress for a log (CI, a pipe): one plain line as each counted piece of work ends, e.g.
/// <c>RenderPdf: 1,000 PDFs rendered in 2.1 s</c>; no ANSI, no redrawing, a handful of lines per build.
/// </summary>
internal sealed class PlainProgress(IAnsiConsole console, TimeProvider clock) : IProgress<BuildProgress>
{
    private readonly Lock _lock = new();
    private BuildProgress? _current;
    private long _started;

    public void Report(BuildProgress value)
    {
        lock (_lock)
        {
            if (_current is null || value.Step != _current.Step || value.Items != _current.Items)
            {
                WriteLine();
                _started = clock.GetTimestamp();
                _current = value;
            }
            else if (value.Done > _current.Done)
            {
                _current = value;
            }
        }
    }

    /// <summary>Writes the line of the last counted piece of work.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            WriteLine();
            _current = null;
        }
    }

    private void WriteLine()
    {
        if (_current is { Items: { } items } current)
        {
            var seconds = clock.GetElapsedTime(_started).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);
            Terminal.WriteRaw(console, $"{current.Step}: {current.Done.ToString("N0", CultureInfo.InvariantCulture)} {items} in {seconds} s");
        }
    }
}
