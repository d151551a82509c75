using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace PartnershipSite.Diagnostics;

/// <summary>The per-build sink steps report into; safe to use from parallel per-page work.</summary>
/// <param name="warningsAsErrors">Records every warning as an error (<c>--warnings-as-errors</c>).</param>
public sealed class DiagnosticBag(bool warningsAsErrors = false)
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errorCount;
    private BaselineMatcher? _baseline;

    /// <summary>Records a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        // A warning the baseline accepts stays a warning, so --warnings-as-errors gates only new ones.
        if (warningsAsErrors && diagnostic.Severity == DiagnosticSeverity.Warning && Volatile.Read(ref _baseline)?.TryAccept(diagnostic) != true)
        {
            diagnostic = diagnostic with { Severity = DiagnosticSeverity.Error };
        }
        _items.Enqueue(diagnostic);
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            Interlocked.Increment(ref _errorCount);
        }
    }

    /// <summary>Records a diagnostic from the catalogue.</summary>
    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        Add(descriptor.Create(location, args));

    /// <summary>Accepts the baseline's warnings from now on: under <c>--warnings-as-errors</c> they are not made errors.</summary>
    public void UseBaseline(BaselineMatcher baseline) => Volatile.Write(ref _baseline, baseline);

    /// <summary>True once any error has been recorded.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>How many errors have been recorded so far.</summary>
    public int ErrorCount => Volatile.Read(ref _errorCount);

    /// <summary>All diagnostics, sorted by file, line, column and code so output never depends on scheduling.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray() =>
        [.. _items
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()];
}
