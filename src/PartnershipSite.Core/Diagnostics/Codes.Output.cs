namespace PartnershipSite.Diagnostics;

// The catalogue's entries for publishing the output (PS09xx), in code order.
internal static partial class Codes
{
    /// <summary>Writing the output failed.</summary>
    public static readonly DiagnosticDescriptor OutputFailed = new("PS0901", DiagnosticSeverity.Error,
        "Could not write the site: {0}", "check permissions and free space; the previous output was left as it was.");

    /// <summary>The previous site was put back after an interrupted publish.</summary>
    public static readonly DiagnosticDescriptor OutputRecovered = new("PS0902", DiagnosticSeverity.Warning,
        "The last publish was interrupted; the previous site was put back from '{0}'.", "nothing to do: this build publishes as usual.");

    /// <summary>The build cache folder would be published, so the build ran without it.</summary>
    public static readonly DiagnosticDescriptor CacheInsideOutput = new("PS0903", DiagnosticSeverity.Warning,
        "The build cache folder '{0}' is inside the output folder or holds it, so this build did not use it.", "choose an output folder apart from the cache (the cache is '.cache/' beside the input), or pass --no-cache.");
}
