using PartnershipSite.Caching;
using PartnershipSite.Content;
using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>
/// Composes each release's <see cref="ReleaseDocument"/> once, with the theme's labels: the one model of its frame
/// that the page (<c>ApplyLayouts</c>), the PDF (<c>RenderPdf</c>) and the body HTML (<c>RenderMarkdown</c>) render.
/// Runs after <c>LoadTheme</c>.
/// </summary>
internal sealed class ComposeDocuments : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Theme, Facet.UniqueSlugs, Facet.Translations, Facet.Embargoes);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Documents);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var theme = state.Theme ?? throw new InvalidOperationException("ComposeDocuments runs after LoadTheme.");
        // An unchanged release keeps its composed object, so the steps after it reuse their work in the preview server.
        var composed = state.Releases
            .Select(r => r.Versions.IsEmpty ? r : r with { Versions = [.. r.Versions.Select(v => v with { Name = theme.LabelsFor(v.Language)?.LanguageName ?? v.Language })] })
            .Select(r => (Release: r, Labels: LabelsOf(r, theme)))
            .Select(x => context.Memo(nameof(ComposeDocuments), (new Identity(x.Release), x.Labels, config.PressOfficeContact, config.AccessibleFormatContact, x.Release.Versions.Length),
                _ => x.Release with { Document = ReleaseDocument.Compose(x.Release, x.Labels, config.PressOfficeContact, config.AccessibleFormatContact) }));
        return ValueTask.FromResult(state with { Releases = [.. composed] });
    }

    // A translation's frame is in its language (the page is); an original's in the site's, its own words marked with lang.
    private static Labels LabelsOf(Release release, Templates.Theme theme) =>
        (release.IsTranslation ? theme.LabelsFor(release.Metadata.Language) : theme.Labels) ?? throw new InvalidOperationException("LoadTheme reads the labels.");
}
