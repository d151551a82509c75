using System.Globalization;
using PartnershipSite.Caching;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Pdf;

namespace PartnershipSite.Steps;

/// <summary>
/// Lays out and renders each release as a tagged PDF (PDF/UA-1) at <c>releases/&lt;slug&gt;/&lt;slug&gt;.pdf</c>, from the
/// same Markdown syntax tree as the HTML, and records it on the release so its page can link to it.
/// </summary>
internal sealed class RenderPdf : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.UniqueSlugs, Facet.Embargoes, Facet.Documents);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Pdfs, Facet.Outputs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        if (state.Releases.IsEmpty)
        {
            return ValueTask.FromResult(state);
        }
        var config = state.RequireConfig();
        var folder = Path.Join(config.ThemeDirectory, "fonts");
        // Read once for every PDF, and recorded in each one's cache key: an edited font renders every PDF again.
        var fontReads = new ReadLog();
        if (PdfFonts.Load(context.Work.Recording(fontReads), folder, out var missing) is not { } fonts)
        {
            context.Diagnostics.Add(Codes.PdfFontMissing, new SourceLocation(context.DisplayPath(missing!)), Path.GetFileName(missing));
            return ValueTask.FromResult(state);
        }
        var metrics = FontMetrics.For(fonts);
        context.Progress.Items("PDFs rendered", state.Releases.Length);
        var results = state.Releases
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism).WithCancellation(cancellationToken)
            // Cached by what each PDF read: the release, its images, the fonts and the settings it used.
            .Select(release => Cached(release))
            .Select(result => { context.Progress.ItemDone(); return result; })
            .ToList();
        var outputs = results.Where(r => r.File is not null).Select(r => r.File!);
        return ValueTask.FromResult(state.AddOutputs(outputs) with { Releases = [.. results.Select(r => r.Release)] });

        (Release Release, OutputFile? File) Cached(Release release)
        {
            var scope = new SettingScope(config, state.Assets, release);
            var result = context.Work.Run(nameof(RenderPdf), release.Source.FullPath, release.Source.DisplayPath, ProvenanceOf(release), scope, context.Diagnostics, Render);
            if (result is null)
            {
                return (release, null);
            }
            var pages = int.Parse(result.Extra, CultureInfo.InvariantCulture);
            var attachment = new Attachment(result.File.Path, "application/pdf", result.File.Content.Length, pages);
            // An unchanged release with an unchanged PDF is handed on as the very same object, so the preview server's
            // listings and feeds that hold it are reused.
            return (context.Memo(nameof(RenderPdf), (new Identity(release), attachment), _ => release with { Pdf = attachment }), result.File);
        }

        WorkResult? Render(WorkUnit unit, DiagnosticBag diagnostics)
        {
            unit.DependOn(fontReads);
            // The frame's words and contacts are the document's: the release's text and metadata make the rest of it.
            var release = unit.Use(Settings.Release) with { Document = unit.Use(Settings.Document) };
            var meta = release.Metadata;
            var images = new ReleaseImageSource(unit.FileSystem, ReleaseFolder.Of(release.Source));
            var layout = ReleaseLayout.Lay(release, metrics, images: images);
            foreach (var diagnostic in layout.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }
            if (!layout.Diagnostics.IsEmpty)
            {
                return null;
            }
            var pageUrl = new Uri(unit.Use(Settings.BaseUrl), release.SitePath.TrimStart('/'));
            var info = new PdfDocumentInfo(meta.Title, string.Join(", ", meta.Organisations), meta.Summary, string.Join(", ", meta.Topics),
                meta.Language, meta.Published, meta.LastUpdated, pageUrl.ToString(), pageUrl);
            var bytes = PdfRenderer.Render(layout.Model, info, fonts);
            var path = $"{release.SitePath}{meta.Slug}.pdf";
            return new WorkResult(new OutputFile(path, bytes, release.Source.DisplayPath, ProvenanceOf(release)), layout.Model.Pages.Length.ToString(CultureInfo.InvariantCulture));
        }
    }

    // Laid out in code (Pdf/ReleaseLayout), not by a theme layout.
    private static Provenance ProvenanceOf(Release release) => new(OutputKind.Pdf)
    {
        Release = release.SitePath,
        LastUpdated = release.Metadata.LastUpdated,
    };
}
