using System.CommandLine;

namespace PartnershipSite.Cli;

/// <summary>
/// The <c>--no-cache</c> option of <c>build</c> and <c>serve</c>: neither read nor write the persistent build cache
/// (<c>.cache/partnershipsite</c> beside the input), so every PDF and page is made afresh.
/// </summary>
internal static class NoCacheOption
{
    public static Option<bool> Create() => new("--no-cache")
    {
        Description = "Make every PDF and page afresh: neither read nor write the build cache (.cache/partnershipsite beside the input).",
    };
}
