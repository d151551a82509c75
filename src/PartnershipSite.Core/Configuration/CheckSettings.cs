using System.Collections.Frozen;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Configuration;

/// <summary>How the checks run: per-code severities from <c>site.yml</c> (<c>checks:</c>) and the caller's switches.</summary>
public sealed record CheckSettings
{
    /// <summary>The defaults: every rule at its catalogued severity, external links not checked.</summary>
    public static CheckSettings Default { get; } = new();

    /// <summary>Severity per code from <c>checks.severity</c>; a null value turns the rule off.</summary>
    public FrozenDictionary<string, DiagnosticSeverity?> Severities { get; init; } =
        FrozenDictionary<string, DiagnosticSeverity?>.Empty;

    /// <summary>The external link checker's settings.</summary>
    public ExternalLinkSettings External { get; init; } = new();

    /// <summary>The severity a diagnostic of <paramref name="descriptor"/> is reported with; null when turned off.</summary>
    public DiagnosticSeverity? SeverityOf(DiagnosticDescriptor descriptor) =>
        Severities.TryGetValue(descriptor.Code, out var configured) ? configured : descriptor.Severity;
}
