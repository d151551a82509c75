using System.Collections.Concurrent;
using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.Progress;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Engine;

/// <summary>The engine reports progress as data: each step as it starts, and items done of the total for the counting steps.</summary>
public sealed class BuildProgressTests
{
    // Records synchronously (System.Progress would post to the thread pool and reorder reports).
    private sealed class Recorder : IProgress<BuildProgress>
    {
        public ConcurrentQueue<BuildProgress> Reports { get; } = new();

        public void Report(BuildProgress value) => Reports.Enqueue(value);
    }

    [Fact]
    public async Task Every_step_starts_in_order_and_counting_steps_reach_their_total()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a") + TestSite.Release("b", title: "Another release") + TestSite.Release("c", title: "A third release"));
        var recorder = new Recorder();

        var result = await new SiteBuilder(site.FileSystem, TestSite.Clock(), progress: recorder)
            .BuildAsync(new BuildOptions("input", "output", DisplayRoot: "/site"), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var started = recorder.Reports.Where(r => r.Items is null).Select(r => r.Step).ToList();
        Assert.Equal(Pipeline.Default.Select(s => s.Name), started);
        var counted = recorder.Reports.Where(r => r.Items is not null)
            .GroupBy(r => (r.Step, r.Items))
            .ToDictionary(g => g.Key, g => (Total: g.First().Total, Done: g.Max(r => r.Done), Reports: g.Count()));
        Assert.Equal((3, 3, 4), counted[("RenderPdf", "PDFs rendered")]);
        Assert.Equal((3, 3, 4), counted[("ApplyLayouts", "releases laid out")]);
        // Three release pages, the home page, the 404 page, the topic and organisation indexes, the one
        // organisation's page and the subscribe page.
        Assert.Equal((9, 9, 10), counted[("CheckSite", "pages checked")]);
        Assert.Equal((3, 3, 4), counted[("CheckSite", "PDFs checked")]);
    }

    [Fact]
    public async Task A_build_without_a_sink_reports_nothing_and_builds_the_same_site()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a"));
        var watched = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a"));

        var plain = await new SiteBuilder(site.FileSystem, TestSite.Clock()).BuildAsync(new BuildOptions("input", "output", DisplayRoot: "/site"), TestContext.Current.CancellationToken);
        var seen = await new SiteBuilder(watched.FileSystem, TestSite.Clock(), progress: new Recorder()).BuildAsync(new BuildOptions("input", "output", DisplayRoot: "/site"), TestContext.Current.CancellationToken);

        Assert.Equal(plain.Outputs.Select(o => (o.Path, Convert.ToHexString(o.Content.Span))), seen.Outputs.Select(o => (o.Path, Convert.ToHexString(o.Content.Span))));
    }
}
