namespace PartnershipSite.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop a build from publishing.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; never fails a build.</summary>
    Info,

    /// <summary>Should be fixed; fails the build only with <c>--warnings-as-errors</c>.</summary>
    Warning,

    /// <summary>Must be fixed: the site is not published.</summary>
    Error,
}
