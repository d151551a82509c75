using PartnershipSite.Engine;
using PartnershipSite.Feeds;

namespace PartnershipSite.Steps;

/// <summary>
/// Writes <c>sitemap.xml</c>: every page and PDF made so far, with the date it last changed. It runs after every
/// step that makes pages or PDFs, so nothing published is left out.
/// </summary>
public sealed class BuildSitemap : IStep
{
    /// <summary>Where the sitemap is published, as <c>robots.txt</c> names it.</summary>
    public const string Path = "sitemap.xml";

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var entries = SitemapWriter.Entries(state.RequireConfig(), state.Releases, state.Outputs);
        return ValueTask.FromResult(state.AddOutputs([OutputFile.FromText(Path, SitemapWriter.Write(entries), "input/releases")]));
    }
}
