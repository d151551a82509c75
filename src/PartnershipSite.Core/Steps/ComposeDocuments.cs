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
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Theme, Facet.UniqueSlugs, Facet.Embargoes);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Documents);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var labels = state.Theme?.Labels ?? throw new InvalidOperationException("ComposeDocuments runs after LoadTheme.");
        // An unchanged release keeps its composed object, so the steps after it reuse their work in the preview server.
        var composed = state.Releases.Select(r => context.Memo(nameof(ComposeDocuments), (new Identity(r), labels, config.PressOfficeContact, config.AccessibleFormatContact),
            _ => r with { Document = ReleaseDocument.Compose(r, labels, config.PressOfficeContact, config.AccessibleFormatContact) }));
        return ValueTask.FromResult(state with { Releases = [.. composed] });
    }
}
