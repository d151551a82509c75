using System.Collections.Immutable;
using PartnershipSite.Build;
using PartnershipSite.Content;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Steps;

namespace PartnershipSite.Tests.Feeds;

/// <summary>
/// A test-only stand-in for the PDF step: publishes a small file per release at <c>releases/slug/stand-in.pdf</c> (a
/// name the real PDF step will not use, so the two can run in one build) and
/// sets <see cref="Release.Pdf"/>, so the feeds' and sitemap's attachment code runs before the real PDF step lands.
/// The files differ in length per release so a feed that mixed up sizes would fail.
/// </summary>
public sealed class AttachTestPdfs : IStep
{
    /// <summary>
    /// The default pipeline without the PDF step and without the site checks: feed tests use stand-in PDFs and links
    /// to files the test site does not have; the PDF and the checks have tests of their own.
    /// </summary>
    public static ImmutableArray<IStep> WithoutPdfs { get; } = PartnershipSite.Build.Pipeline.Default.RemoveAll(s => s is RenderPdf or CheckSite);

    /// <summary>
    /// The default pipeline with this step in place of the real PDF step, so feed tests can use Markdown the PDF
    /// layout refuses (images, raw HTML) and control attachment sizes. The real PDFs' enclosures are checked by the
    /// real-site golden files.
    /// </summary>
    public static ImmutableArray<IStep> Pipeline { get; } = With(new AttachTestPdfs());

    /// <summary>The pipeline without the real PDF step, with <paramref name="step"/> where that step runs (before the theme loads).</summary>
    public static ImmutableArray<IStep> With(IStep step) =>
        WithoutPdfs.Insert(WithoutPdfs.IndexOf(WithoutPdfs.OfType<LoadTheme>().Single()), step);

    /// <summary>The site path of a release's test PDF.</summary>
    public static string PathOf(string slug) => $"releases/{slug}/stand-in.pdf";

    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.UniqueSlugs, Facet.Embargoes);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Pdfs, Facet.Outputs);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var releases = ImmutableArray.CreateBuilder<Release>();
        foreach (var release in state.Releases)
        {
            // Once the real PDF step runs in the default pipeline, its PDFs are the ones to check.
            if (release.Pdf is not null)
            {
                releases.Add(release);
                continue;
            }
            var path = PathOf(release.Metadata.Slug);
            var bytes = Text.Utf8.GetBytes($"%PDF-1.7\n% test stand-in for {release.Metadata.Title}\n%%EOF\n");
            files.Add(new OutputFile(path, bytes, release.Source.DisplayPath, new Provenance(OutputKind.Pdf) { Release = release.SitePath, LastUpdated = release.Metadata.LastUpdated }));
            releases.Add(release with { Pdf = new Attachment(path, "application/pdf", bytes.Length, 1) });
        }
        return ValueTask.FromResult((state with { Releases = releases.ToImmutable() }).AddOutputs(files));
    }
}
