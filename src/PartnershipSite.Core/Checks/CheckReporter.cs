using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using PartnershipSite.Configuration;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// Where checks report: applies the configured severity per code, sends diagnostics to the build's sink and keeps
/// each check's tally for the summary. Safe to use from parallel per-page work.
/// </summary>
internal sealed class CheckReporter(DiagnosticBag diagnostics, CheckSettings settings)
{
    private readonly DiagnosticBag _diagnostics = diagnostics;
    private readonly ConcurrentDictionary<string, Tally> _tallies = new(StringComparer.Ordinal);

    /// <summary>The settings the checks run with.</summary>
    public CheckSettings Settings { get; } = settings;

    /// <summary>Counts items that kept the rule.</summary>
    public void Pass(ICheck check, int count = 1) => Interlocked.Add(ref TallyOf(check).Passed, count);

    /// <summary>Counts items the check did not look at (external links when not asked for, excluded URLs).</summary>
    public void Skip(ICheck check, int count = 1) => Interlocked.Add(ref TallyOf(check).Skipped, count);

    /// <summary>Counts a failed item and reports it, unless the site configuration turned the code off.</summary>
    public void Fail(ICheck check, DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        FailWithNote(check, descriptor, location, "", args);

    /// <summary>As <see cref="Fail"/>, with a note (such as the template a link came from) before the fix.</summary>
    public void FailWithNote(ICheck check, DiagnosticDescriptor descriptor, SourceLocation location, string note, params object?[] args)
    {
        if (Settings.SeverityOf(descriptor) is not { } severity)
        {
            Skip(check);
            return;
        }
        var tally = TallyOf(check);
        Interlocked.Increment(ref tally.Failed);
        tally.Codes.TryAdd(descriptor.Code, 0);
        _diagnostics.Add(new Diagnostic(descriptor.Code, severity, Format(descriptor, note, args), location));
    }

    private static string Format(DiagnosticDescriptor descriptor, string note, object?[] args)
    {
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
        if (note.Length > 0)
        {
            message += $" ({note})";
        }
        if (descriptor.Fix.Length > 0)
        {
            message += $" Fix: {string.Format(CultureInfo.InvariantCulture, descriptor.Fix, args)}";
        }
        return message;
    }

    /// <summary>Reports something worth knowing (e.g. a redirect) that is not a failure of the item.</summary>
    public void Inform(DiagnosticDescriptor descriptor, SourceLocation location, string note, params object?[] args)
    {
        if (Settings.SeverityOf(descriptor) is not { } severity)
        {
            return;
        }
        _diagnostics.Add(new Diagnostic(descriptor.Code, severity, Format(descriptor, note, args), location));
    }

    /// <summary>
    /// A reporter with these settings that keeps what one file's checks report to itself, to be read back whole by
    /// <see cref="Log"/> (and kept, so an unchanged file's findings are replayed rather than found again).
    /// </summary>
    public CheckReporter ForOneFile() => new(new DiagnosticBag(), Settings);

    /// <summary>Everything reported here: each check's tally and the diagnostics, sorted.</summary>
    public CheckLog Log() => new(
        [.. _tallies.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new CheckTally(t.Key, t.Value.Passed, t.Value.Failed, t.Value.Skipped, [.. t.Value.Codes.Keys.Order(StringComparer.Ordinal)]))],
        _diagnostics.ToSortedArray());

    /// <summary>Reports again what <paramref name="log"/> holds, as if its checks had just run here.</summary>
    public void Replay(CheckLog log)
    {
        foreach (var tally in log.Tallies)
        {
            var mine = _tallies.GetOrAdd(tally.Check, _ => new Tally());
            Interlocked.Add(ref mine.Passed, tally.Passed);
            Interlocked.Add(ref mine.Failed, tally.Failed);
            Interlocked.Add(ref mine.Skipped, tally.Skipped);
            foreach (var code in tally.Codes)
            {
                mine.Codes.TryAdd(code, 0);
            }
        }
        foreach (var diagnostic in log.Diagnostics)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    /// <summary>Makes sure a check appears in the summary even when it had nothing to look at.</summary>
    public void Register(ICheck check) => TallyOf(check);

    /// <summary>Every check's tally, sorted by name.</summary>
    public ImmutableArray<CheckSummary> Summaries() =>
        [.. _tallies.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new CheckSummary(t.Key, t.Value.Passed + t.Value.Failed, t.Value.Passed, t.Value.Failed, t.Value.Skipped)
            {
                Codes = [.. t.Value.Codes.Keys.Order(StringComparer.Ordinal)],
            })];

    private Tally TallyOf(ICheck check) => _tallies.GetOrAdd(check.Name, _ => new Tally());

    private sealed class Tally
    {
        public int Passed;
        public int Failed;
        public int Skipped;
        public readonly ConcurrentDictionary<string, byte> Codes = new(StringComparer.Ordinal);
    }
}
