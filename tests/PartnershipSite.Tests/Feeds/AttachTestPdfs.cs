using System.Collections.Immutable;
using PartnershipSite.Content;
using PartnershipSite.Engine;
using PartnershipSite.Steps;

namespace PartnershipSite.Tests.Feeds;

/// <summary>
/// A test-only stand-in for the PDF step: publishes a small file per release at <c>releases/slug/slug.pdf</c> and
/// sets <see cref="Release.Pdf"/>, so the feeds' and sitemap's attachment code runs before the real PDF step lands.
/// The files differ in length per release so a feed that mixed up sizes would fail.
/// </summary>
public sealed class AttachTestPdfs : IStep
{
    /// <summary>The default pipeline with this step just before the feeds are built.</summary>
    public static ImmutableArray<IStep> Pipeline { get; } = With(new AttachTestPdfs());

    /// <summary>The default pipeline with <paramref name="step"/> inserted before <see cref="BuildFeeds"/>.</summary>
    public static ImmutableArray<IStep> With(IStep step)
    {
        var steps = PartnershipSite.Engine.Pipeline.Default;
        return steps.Insert(steps.IndexOf(steps.OfType<BuildFeeds>().Single()), step);
    }

    /// <summary>The site path of a release's test PDF.</summary>
    public static string PathOf(string slug) => $"releases/{slug}/{slug}.pdf";

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var files = new List<OutputFile>();
        var releases = state.Releases.Select(release =>
        {
            var path = PathOf(release.Metadata.Slug);
            var bytes = Text.Utf8.GetBytes($"%PDF-1.7\n% test stand-in for {release.Metadata.Title}\n%%EOF\n");
            files.Add(new OutputFile(path, bytes, release.Source.DisplayPath));
            return release with { Pdf = new Attachment(path, "application/pdf", bytes.Length, 1) };
        }).ToImmutableArray();
        return ValueTask.FromResult((state with { Releases = releases }).AddOutputs(files));
    }
}
