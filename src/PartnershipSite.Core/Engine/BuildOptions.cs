namespace PartnershipSite.Engine;

/// <summary>What the caller asked for: loaded once, never changed during a build.</summary>
/// <param name="InputDirectory">The folder holding <c>site.yml</c> and <c>releases/</c>.</param>
/// <param name="OutputDirectory">Where the finished site is published (swapped in whole on success).</param>
/// <param name="BaseUrl">Overrides <c>base_url</c> in <c>site.yml</c> when set.</param>
/// <param name="DisplayRoot">Diagnostics show paths relative to this folder (usually the working directory).</param>
/// <param name="MaxDegreeOfParallelism">How many pages are rendered at once; output does not depend on it.</param>
/// <param name="CheckExternal">Request external links over the network (<c>--check-external</c>).</param>
/// <param name="WarningsAsErrors">Report every warning as an error, so it stops publishing (<c>--warnings-as-errors</c>).
/// Warnings the baseline accepts stay warnings.</param>
/// <param name="UpdateBaseline">Record the build's warnings as the site's baseline (<c>--update-baseline</c>).</param>
/// <param name="Now">The moment embargoes are compared with, instead of the clock (<c>--now</c>, for rehearsals and tests).</param>
/// <param name="ShowEmbargoed">Keep embargoed releases in, each with an embargo banner (<c>serve --show-embargoed</c>; never
/// for publishing: <c>WriteOutput</c> refuses such a build).</param>
/// <param name="CacheDirectory">The persistent build cache (<see cref="DefaultCacheDirectory"/> for <c>build</c> and
/// <c>serve</c>); null to build without one (<c>--no-cache</c>).</param>
public sealed record BuildOptions(
    string InputDirectory,
    string OutputDirectory,
    Uri? BaseUrl = null,
    string? DisplayRoot = null,
    int MaxDegreeOfParallelism = 0,
    bool CheckExternal = false,
    bool WarningsAsErrors = false,
    DateTimeOffset? Now = null,
    bool ShowEmbargoed = false,
    bool UpdateBaseline = false,
    string? CacheDirectory = null)
{
    /// <summary>The cache folder's default: <c>.cache/partnershipsite</c> beside the input folder, where git ignores it.</summary>
    public static string DefaultCacheDirectory(string inputDirectory) => Path.Join(inputDirectory, "..", ".cache", "partnershipsite");

    /// <summary>The degree of parallelism actually used.</summary>
    public int Parallelism => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;
}
