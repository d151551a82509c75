namespace PartnershipSite.Diagnostics;

/// <summary>A 1-based position in a file; line and column are 0 when unknown.</summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    /// <summary>The MSBuild form: <c>path(line,col)</c>, <c>path(line)</c> or <c>path</c>.</summary>
    public override string ToString() => (Line, Column) switch
    {
        (> 0, > 0) => $"{Path}({Line},{Column})",
        (> 0, _) => $"{Path}({Line})",
        _ => Path,
    };
}
