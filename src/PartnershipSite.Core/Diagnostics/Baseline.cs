using System.Collections.Immutable;

namespace PartnershipSite.Diagnostics;

/// <summary>
/// The warnings a site has accepted (<c>build --update-baseline</c>): later builds show and count only warnings
/// that are not in it. Errors are never baselined. An entry accepts one occurrence, so a second copy of the same
/// warning in the same file is new.
/// </summary>
public sealed record Baseline(ImmutableArray<BaselineEntry> Entries)
{
    /// <summary>The baseline of a site that has none.</summary>
    public static Baseline Empty { get; } = new([]);

    /// <summary>
    /// The baseline that accepts exactly the warnings in <paramref name="diagnostics"/>; <paramref name="pathKey"/>
    /// turns a diagnostic's path into the path the file records. Entries are sorted, so the file diffs well.
    /// </summary>
    public static Baseline From(IEnumerable<Diagnostic> diagnostics, Func<string, string> pathKey) =>
        new([.. diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Warning)
            .Select(d => new BaselineEntry(d.Code, pathKey(d.Location.Path), Fingerprint.Of(d), d.Message))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Code, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)]);

    /// <summary>The warnings of <paramref name="diagnostics"/> the baseline accepts, matched in the order given.</summary>
    public ImmutableArray<Diagnostic> Accepted(IEnumerable<Diagnostic> diagnostics, Func<string, string> pathKey)
    {
        var matcher = new BaselineMatcher(this, pathKey);
        return [.. diagnostics.Where(matcher.TryAccept)];
    }
}
