using System.Collections.Immutable;
using System.Text;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>
/// Groups the published releases by topic and by organisation. Names that differ only in case, spacing or
/// punctuation are one term (PS0150, a warning naming both spellings); different names whose page addresses would
/// be the same are an error (PS0151), as is a name with nothing to make an address from (PS0152).
/// </summary>
internal sealed class BuildTaxonomies : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.UniqueSlugs, Facet.Translations, Facet.Embargoes);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Taxonomies);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(state with { Taxonomies = [.. Taxonomy.Kinds.Select(kind => Build(kind, [.. state.Releases.Where(r => !r.IsTranslation)], context.Diagnostics))] });

    /// <summary>The terms of <paramref name="kind"/> among <paramref name="releases"/> (newest first), reporting spellings and clashes.</summary>
    public static Taxonomy Build(TaxonomyKind kind, ImmutableArray<Release> releases, DiagnosticBag diagnostics)
    {
        // The first spelling by file path is the one shown, so the choice does not depend on dates or build order.
        var bySlug = new Dictionary<string, (string Name, string Key, SourceLocation At)>(StringComparer.Ordinal);
        var seenSpellings = new HashSet<string>(StringComparer.Ordinal);
        // Releases are compared by reference: a release record's own equality hashes its whole source text.
        var members = new Dictionary<string, HashSet<Release>>(StringComparer.Ordinal);
        // A site has few names and many releases naming them: each name's slug and key are made once.
        var made = new Dictionary<string, (string Slug, string Key)>(StringComparer.Ordinal);
        foreach (var release in releases.OrderBy(r => r.Source.DisplayPath, StringComparer.Ordinal))
        {
            var names = kind.Names(release.Metadata);
            var locations = kind.Locations(release.Metadata);
            for (var i = 0; i < names.Length; i++)
            {
                var name = names[i];
                var at = i < locations.Length ? locations[i] : new SourceLocation(release.Source.DisplayPath, 1, 1);
                if (!made.TryGetValue(name, out var forms))
                {
                    made[name] = forms = (Slug.FromTitle(name), Key(name));
                }
                var (slug, key) = forms;
                if (slug.Length == 0)
                {
                    diagnostics.Add(Codes.TermHasNoSlug, at, kind.Singular, name);
                    continue;
                }
                if (bySlug.TryGetValue(slug, out var first))
                {
                    if (first.Key != key)
                    {
                        diagnostics.Add(Codes.TermSlugClash, at, kind.Singular, name, "/" + kind.Folder + slug + "/", first.Name, first.At);
                        continue;
                    }
                    // One warning per spelling, at its first use: the fix is the same for every later one.
                    if (name != first.Name && seenSpellings.Add(slug + "\n" + name))
                    {
                        diagnostics.Add(Codes.TermSpelledTwoWays, at, kind.Singular, name, first.Name, first.At);
                    }
                }
                else
                {
                    bySlug[slug] = (name, key, at);
                }
                if (!members.TryGetValue(slug, out var set))
                {
                    members[slug] = set = new HashSet<Release>(ReferenceEqualityComparer.Instance);
                }
                set.Add(release);
            }
        }
        var order = new Dictionary<Release, int>(ReferenceEqualityComparer.Instance);
        foreach (var release in releases)
        {
            order[release] = order.Count;
        }
        var terms = bySlug
            .Select(t => new Term(t.Value.Name, t.Key, [.. members[t.Key].OrderBy(r => order[r])]))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Slug, StringComparer.Ordinal);
        return new Taxonomy(kind, [.. terms]);
    }

    /// <summary>A name with case, spacing and punctuation removed: two names with the same key are one term.</summary>
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            // Apostrophes join a word, as in the slug rule: "Children's" and "Childrens" are one spelling apart.
            if (c is '\'' or '’')
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().TrimEnd();
    }
}
