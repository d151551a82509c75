using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>
/// Pairs each translation (<c>YYYY-MM-DD-slug.cy.md</c>) with its original (<c>YYYY-MM-DD-slug.md</c>): it takes the
/// original's slug and embargo, and both get <see cref="Release.Versions"/> for the translation switch. A translation
/// in a language the site does not list (PS0170) or with no original (PS0171) is left out; one older than its
/// original's latest major change is a warning (PS0172).
/// </summary>
internal sealed class PairTranslations : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.UniqueSlugs);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Translations);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var originals = state.Releases.Where(r => !r.IsTranslation).ToDictionary(r => r.Source.FullPath, StringComparer.Ordinal);
        // An original that is a draft, or has errors, is not published: nor are its translations, and that is no error.
        var sources = state.Sources.Select(s => s.FullPath).ToHashSet(StringComparer.Ordinal);
        var translations = new Dictionary<string, List<Release>>(StringComparer.Ordinal);
        var kept = new HashSet<Release>();
        foreach (var translation in state.Releases.Where(r => r.IsTranslation).OrderBy(r => r.Source.DisplayPath, StringComparer.Ordinal))
        {
            var meta = translation.Metadata;
            var at = new SourceLocation(translation.Source.DisplayPath, 1, 1);
            if (!config.TranslationLanguages.Contains(meta.Language, StringComparer.OrdinalIgnoreCase))
            {
                context.Diagnostics.Add(Codes.TranslationLanguageNotListed, at, meta.Language, string.Join(", ", config.Languages));
                continue;
            }
            if (!originals.TryGetValue(meta.TranslationOf!, out var original))
            {
                if (!sources.Contains(meta.TranslationOf!))
                {
                    context.Diagnostics.Add(Codes.TranslationWithoutOriginal, at, Path.GetFileName(meta.TranslationOf!), meta.Language);
                }
                continue;
            }
            // GOV.UK: a translation is dated by its own changes (its own withdrawal among them); the original's major
            // changes after it are not in it.
            var translated = meta.LastUpdated;
            if (translated < original.Metadata.LastUpdated)
            {
                context.Diagnostics.Add(Codes.TranslationOutOfDate, at, IsoDate.Display(translated), original.Source.DisplayPath, IsoDate.Display(original.Metadata.LastUpdated));
            }
            (translations.TryGetValue(original.Source.FullPath, out var list) ? list : translations[original.Source.FullPath] = []).Add(translation);
            kept.Add(translation);
        }
        var paired = state.Releases
            .Where(r => !r.IsTranslation || kept.Contains(r))
            .Select(r => Paired(r, originals, translations))
            .ToList();
        return ValueTask.FromResult(state with { Releases = [.. paired] });
    }

    private static Release Paired(Release release, Dictionary<string, Release> originals, Dictionary<string, List<Release>> translations)
    {
        var original = release.IsTranslation ? originals[release.Metadata.TranslationOf!] : release;
        if (!translations.TryGetValue(original.Source.FullPath, out var list))
        {
            return release;
        }
        var own = release.IsTranslation
            // The translation lives under its original's address, and is under embargo as long as the original is.
            ? release with { Metadata = release.Metadata with { Slug = original.Metadata.Slug, PublishAt = release.Metadata.PublishAt ?? original.Metadata.PublishAt } }
            : release;
        var versions = list
            .Select(t => new LanguageVersion(t.Metadata.Language, $"releases/{original.Metadata.Slug}/{t.Metadata.Language.ToLowerInvariant()}/"))
            .OrderBy(v => v.Language, StringComparer.OrdinalIgnoreCase)
            .Prepend(new LanguageVersion(original.Metadata.Language, original.SitePath));
        return own with { Versions = [.. versions] };
    }
}
