namespace PartnershipSite.Cli;

/// <summary>What the process tells its caller.</summary>
internal static class ExitCodes
{
    /// <summary>The site was built (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>The content or theme has errors; nothing was published.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line or the folders given were wrong.</summary>
    public const int Usage = 2;
}
