using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Feeds;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// Writes Netlify's <c>_redirects</c>: a permanent (301) redirect from each old path a release lists in
/// <c>redirect_from</c> to its current page, so links journalists made before a headline changed keep working. An old
/// path claimed by two releases, or one that is still a page of the site, is a located error.
/// </summary>
internal sealed class WriteRedirects : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Outputs);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.SiteFiles, Facet.Outputs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var claimed = new Dictionary<string, Release>(StringComparer.Ordinal);
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = state.Outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        // Oldest first, so the release that claimed a path first keeps it and the later claim is the one reported.
        foreach (var release in state.Releases.Reverse())
        {
            foreach (var old in release.Metadata.RedirectFrom)
            {
                var target = config.BasePath + release.SitePath;
                var relative = old.Path.StartsWith(config.BasePath, StringComparison.Ordinal) ? "/" + old.Path[config.BasePath.Length..] : old.Path;
                if (claimed.TryGetValue(old.Path, out var first))
                {
                    context.Diagnostics.Add(Codes.DuplicateOldPath, old.At, old.Path, first.Source.DisplayPath);
                }
                else if (files.Contains(OldPaths.OutputFile(relative)) || files.Contains(relative.TrimStart('/')))
                {
                    context.Diagnostics.Add(Codes.OldPathIsLive, old.At, old.Path);
                }
                else
                {
                    claimed[old.Path] = release;
                    rules[old.Path] = target;
                }
            }
        }
        if (rules.Count == 0)
        {
            return ValueTask.FromResult(state);
        }
        return ValueTask.FromResult(state.AddOutputs([OutputFile.FromText(NetlifyRedirects.Path, NetlifyRedirects.Write(rules), "redirect_from", new Provenance(OutputKind.Redirects))]));
    }
}
