using PartnershipSite.Engine;

namespace PartnershipSite.Cli;

/// <summary>Prints a build's outcome.</summary>
internal interface IReporter
{
    void Report(BuildResult result, BuildOptions options);
}
