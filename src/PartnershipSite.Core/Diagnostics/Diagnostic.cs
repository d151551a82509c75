namespace PartnershipSite.Diagnostics;

/// <summary>One problem with content or theme, with a catalogued code and the place it was found.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>The MSBuild-style line editors and CI annotate: <c>path(line,col): error PS0102: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
