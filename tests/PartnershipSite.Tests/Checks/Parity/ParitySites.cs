using System.Collections.Immutable;
using PartnershipSite.Build;
using PartnershipSite.Content;
using PartnershipSite.Engine;
using PartnershipSite.Steps;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks.Parity;

/// <summary>One release built with every format, the real theme, and, for the divergent cases, a changed layout or PDF.</summary>
internal static class ParitySites
{
    /// <summary>The release file.</summary>
    public const string ReleasePath = "input/releases/2021-06-10-a.md";

    /// <summary>A body with paragraphs, two links, an image and a list.</summary>
    public const string Body = """
        The science fund opens for bids today.

        Bidders should read [the guidance](https://www.gov.uk/guidance/bids) and [the rules](https://www.gov.uk/rules) first.

        ![Bar chart: funding by year](chart.png)

        The fund supports three kinds of project:

        - research partnerships
        - shared laboratories

        The fund runs until 2025.
        """;

    /// <summary>The 1-based line of the release file that holds <paramref name="needle"/>.</summary>
    public static int LineOf(string needle, string body = Body)
    {
        var lines = TestSite.Release("2021-06-10-a", body: body, extra: Extra).Split('\n').Skip(1).ToList();
        var index = lines.FindIndex(l => l.Contains(needle, StringComparison.Ordinal));
        Assert.True(index >= 0, needle);
        return index + 1;
    }

    private const string Extra = "topics:\n  - Science and innovation";

    /// <summary>
    /// Builds the release with the real release layout changed by <paramref name="layout"/> (when given) and the PDF
    /// step given a changed release by <paramref name="pdf"/> (when given); <paramref name="editPdf"/> and
    /// <paramref name="editFeed"/> edit the bytes of each PDF and of the site's RSS feed before the checks read them.
    /// </summary>
    public static async Task<BuildResult> BuildAsync(Func<string, string>? layout = null, Func<Release, Release>? pdf = null, Func<byte[], byte[]>? editPdf = null, string body = Body,
        Func<byte[], byte[]>? editFeed = null)
    {
        var text = TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: body, extra: Extra);
        if (layout is not null)
        {
            var real = File.ReadAllText(RealFiles.PathOf("theme/layouts/release.liquid"));
            var changed = layout(real);
            Assert.NotEqual(real, changed);
            text += "-- theme/layouts/release.liquid --\n" + changed;
        }
        var site = TestSite.Parse(text);
        site.FileSystem.WriteAllBytes("/site/input/releases/2021-06-10-a/chart.png", TestImages.Png(600, 300));
        IEnumerable<IStep> Edits(Func<byte[], byte[]>? edit, Facet after, Func<string, bool> which) => edit is null ? [] : [new EditOutputs(after, which, edit)];
        ImmutableArray<IStep> steps = [.. Pipeline.Default.SelectMany(s => s switch
        {
            RenderPdf => new IStep[] { pdf is null ? s : new RenderPdfOf(pdf) }.Concat(Edits(editPdf, Facet.Pdfs, p => p.EndsWith(".pdf", StringComparison.Ordinal))),
            BuildTermFeeds => Edits(editFeed, Facet.Feeds, p => p == "feed.xml").Prepend(s),
            _ => [s],
        })];
        return await site.BuildAsync(steps: steps);
    }

    /// <summary>
    /// Builds a release with every press block and its Welsh translation; <paramref name="editWelsh"/> edits the bytes
    /// of each Welsh output (its PDF and its language's feeds) that <paramref name="which"/> picks before the checks read them.
    /// </summary>
    public static async Task<BuildResult> BuildTranslatedAsync(Func<string, bool>? which = null, Func<byte[], byte[]>? editWelsh = null)
    {
        var site = TestSite.Parse(WelshSamples.SiteYml + TestSite.Release("2021-06-10-a", "Science fund opens for bids", body: PressBlockSamples.Body)
            + WelshSamples.Translation("2021-06-10-a"));
        ImmutableArray<IStep> steps = [.. Pipeline.Default.SelectMany(s => s is BuildTermFeeds && editWelsh is not null
            ? new IStep[] { s, new EditOutputs(Facet.Feeds, p => p.Contains("/cy/", StringComparison.Ordinal) || p.StartsWith("cy/", StringComparison.Ordinal) ? which?.Invoke(p) ?? true : false, editWelsh) }
            : [s])];
        return await site.BuildAsync(steps: steps);
    }

    /// <summary>Edits the bytes of each output <paramref name="which"/> picks, once the step making <paramref name="after"/> has run.</summary>
    private sealed class EditOutputs(Facet after, Func<string, bool> which, Func<byte[], byte[]> edit) : IStep
    {
        public IReadOnlySet<Facet> Needs { get; } = Facets.Of(after);

        public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Outputs);

        public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(state with
            {
                Outputs = [.. state.Outputs.Select(o => which(o.Path) ? o with { Content = edit(o.Content.ToArray()) } : o)],
            });
    }

    /// <summary>A PDF step that lays out a changed release (a PDF layout that drifted from the page), then hands back the release as written.</summary>
    private sealed class RenderPdfOf(Func<Release, Release> change) : IStep
    {
        private readonly RenderPdf _real = new();

        public IReadOnlySet<Facet> Needs => _real.Needs;

        public IReadOnlySet<Facet> Provides => _real.Provides;

        public async ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
        {
            var rendered = await _real.RunAsync(state with { Releases = [.. state.Releases.Select(change)] }, context, cancellationToken);
            return rendered with { Releases = [.. state.Releases.Zip(rendered.Releases, (written, made) => written with { Pdf = made.Pdf })] };
        }
    }
}
