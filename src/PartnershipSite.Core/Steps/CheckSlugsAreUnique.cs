using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>Two releases may not share a URL: each duplicate is reported and left out.</summary>
internal sealed class CheckSlugsAreUnique : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Releases);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.UniqueSlugs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        // A translation shares its original's slug by design (PairTranslations): only originals compete for one.
        var duplicates = state.Releases
            .Where(r => !r.IsTranslation)
            .GroupBy(r => r.Metadata.Slug, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToList();
        foreach (var group in duplicates)
        {
            var ordered = group.OrderBy(r => r.Source.DisplayPath, StringComparer.Ordinal).ToList();
            foreach (var release in ordered)
            {
                var others = string.Join(", ", ordered.Where(o => o != release).Select(o => o.Source.DisplayPath));
                context.Diagnostics.Add(Codes.DuplicateSlug, new SourceLocation(release.Source.DisplayPath, 1, 1), release.Metadata.Slug, others);
            }
        }
        var bad = duplicates.SelectMany(g => g).ToHashSet();
        return ValueTask.FromResult(state with { Releases = state.Releases.RemoveAll(bad.Contains) });
    }
}
