using System.Globalization;

namespace PartnershipSite.Diagnostics;

/// <summary>A catalogued kind of problem: its code, default severity, message format and how to fix it.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string MessageFormat, string Fix)
{
    /// <summary>Makes a diagnostic at <paramref name="location"/>; the fix is appended to the message.</summary>
    public Diagnostic Create(SourceLocation location, params object?[] args)
    {
        var message = string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
        // The fix may name the same arguments as the message (e.g. "use one of: {1}").
        var fix = string.Format(CultureInfo.InvariantCulture, Fix, args);
        return new Diagnostic(Code, Severity, fix.Length == 0 ? message : $"{message} Fix: {fix}", location);
    }
}
