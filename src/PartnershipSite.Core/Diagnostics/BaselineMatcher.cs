using System.Collections.Concurrent;

namespace PartnershipSite.Diagnostics;

/// <summary>
/// Accepts warnings against a <see cref="Baseline"/>, each entry once; safe to use from parallel work (the
/// diagnostics sink asks it whether a warning may stay a warning under <c>--warnings-as-errors</c>).
/// </summary>
public sealed class BaselineMatcher
{
    private readonly ConcurrentDictionary<(string Code, string Path, string Fingerprint), int> _remaining = new();
    private readonly Func<string, string> _pathKey;

    /// <summary>A matcher over <paramref name="baseline"/>; <paramref name="pathKey"/> maps a diagnostic's path as the file records it.</summary>
    public BaselineMatcher(Baseline baseline, Func<string, string> pathKey)
    {
        _pathKey = pathKey;
        foreach (var entry in baseline.Entries)
        {
            _remaining.AddOrUpdate((entry.Code, entry.Path, entry.Fingerprint), 1, (_, n) => n + 1);
        }
    }

    /// <summary>True, using up one entry, when <paramref name="diagnostic"/> is a warning the baseline accepts.</summary>
    public bool TryAccept(Diagnostic diagnostic)
    {
        if (diagnostic.Severity != DiagnosticSeverity.Warning || _remaining.IsEmpty)
        {
            return false;
        }
        var key = (diagnostic.Code, _pathKey(diagnostic.Location.Path), Fingerprint.Of(diagnostic));
        while (_remaining.TryGetValue(key, out var left) && left > 0)
        {
            if (_remaining.TryUpdate(key, left - 1, left))
            {
                return true;
            }
        }
        return false;
    }
}
