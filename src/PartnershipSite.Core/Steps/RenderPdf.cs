using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Pdf;

namespace PartnershipSite.Steps;

/// <summary>
/// Lays out and renders each release as a tagged PDF (PDF/UA-1) at <c>releases/&lt;slug&gt;/&lt;slug&gt;.pdf</c>, from the
/// same Markdown syntax tree as the HTML, and records it on the release so its page can link to it.
/// </summary>
public sealed class RenderPdf : IStep
{
    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        if (state.Releases.IsEmpty)
        {
            return ValueTask.FromResult(state);
        }
        var config = state.RequireConfig();
        var folder = Path.Join(config.ThemeDirectory, "fonts");
        if (PdfFonts.Load(context.FileSystem, folder, out var missing) is not { } fonts)
        {
            context.Diagnostics.Add(Codes.PdfFontMissing, new SourceLocation(context.DisplayPath(missing!)), Path.GetFileName(missing));
            return ValueTask.FromResult(state);
        }
        var metrics = FontMetrics.For(fonts);
        context.Progress.Items("PDFs rendered", state.Releases.Length);
        var results = state.Releases
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism).WithCancellation(cancellationToken)
            // Memoised for the preview server: an unchanged release (the same object from RenderMarkdown) keeps its PDF,
            // and hands on the same release object, so its page is not re-rendered either.
            .Select(release => context.Memo(nameof(RenderPdf), (new Identity(release), config, fonts.Family), bag => Render(release, bag)))
            .Select(result => { context.Progress.ItemDone(); return result; })
            .ToList();
        var outputs = results.Where(r => r.File is not null).Select(r => r.File!);
        return ValueTask.FromResult(state.AddOutputs(outputs) with { Releases = [.. results.Select(r => r.Release)] });

        (Release Release, OutputFile? File) Render(Release release, DiagnosticBag diagnostics)
        {
            var meta = release.Metadata;
            var images = new ReleaseImageSource(context.FileSystem, ReleaseFolder.Of(release.Source));
            var layout = ReleaseLayout.Lay(release, meta.Contact ?? config.PressOfficeContact, metrics, images: images);
            foreach (var diagnostic in layout.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }
            if (!layout.Diagnostics.IsEmpty)
            {
                return (release, null);
            }
            var info = new PdfDocumentInfo(meta.Title, string.Join(", ", meta.Organisations), meta.Summary, string.Join(", ", meta.Topics),
                meta.Language, meta.Published, meta.LastUpdated, config.Absolute(release.SitePath).ToString());
            var bytes = PdfRenderer.Render(layout.Model, info, fonts);
            var path = $"{release.SitePath}{meta.Slug}.pdf";
            var attachment = new Attachment(path, "application/pdf", bytes.Length, layout.Model.Pages.Length);
            return (release with { Pdf = attachment }, new OutputFile(path, bytes, release.Source.DisplayPath));
        }
    }
}
