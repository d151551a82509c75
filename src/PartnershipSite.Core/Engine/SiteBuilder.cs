using System.Collections.Immutable;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Engine;

/// <summary>
/// Runs the pipeline's steps in order over one build's state. Given a <see cref="BuildCache"/>, successive builds
/// reuse the per-item work of unchanged content (the preview server's incremental rebuilds).
/// </summary>
/// <param name="fileSystem">The only way the build reads or writes files.</param>
/// <param name="clock">The clock steps are timed with.</param>
/// <param name="steps">The pipeline (default <see cref="Pipeline.Default"/>).</param>
/// <exception cref="InvalidPipelineException">The steps are in an order their declarations forbid.</exception>
/// <param name="cache">Results of earlier builds to reuse; null for a one-off build.</param>
/// <param name="progress">Told as each step starts and as it works through its items; null when nobody watches.</param>
public sealed class SiteBuilder(IFileSystem fileSystem, TimeProvider clock, ImmutableArray<IStep>? steps = null, BuildCache? cache = null,
    IProgress<BuildProgress>? progress = null)
{
    // Checked here too, so a pipeline a caller assembled fails at start-up, before any step has run.
    private readonly ImmutableArray<IStep> _steps = StepOrder.Checked(steps ?? Pipeline.Default);

    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var context = new BuildContext(options, fileSystem, clock) { Cache = cache, Progress = new ProgressReporter(progress) };
        // Opened before any step runs, so its folder is trusted from the start and a misplaced one is reported once.
        _ = context.Work;
        var state = new BuildState();
        var timings = ImmutableArray.CreateBuilder<StepTiming>();
        foreach (var step in _steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = clock.GetTimestamp();
            context.Progress.StepStarted(step.Name);
            try
            {
                state = await step.RunAsync(state, context, cancellationToken).ConfigureAwait(false);
            }
            catch (RefusedReadException)
            {
                // The confined file system reported the refusal as a located diagnostic already.
                state = state with { Stopped = true };
            }
            timings.Add(new StepTiming(step.Name, clock.GetElapsedTime(started)));
            if (state.Stopped)
            {
                break;
            }
        }
        cache?.EndBuild();
        var diagnostics = context.Diagnostics.ToSortedArray();
        var update = options.UpdateBaseline && state.Config is { } config && !state.Stopped
            ? UpdateBaseline(context, config.BaselineFile, diagnostics)
            : null;
        return new BuildResult(diagnostics, state.Outputs, timings.ToImmutable(), state.Published)
        {
            // Matched again over the sorted list, so which of two equal warnings is the accepted one never depends on scheduling.
            Baselined = (update is null ? context.Baseline : update.Baseline).Accepted(diagnostics, context.BaselinePath),
            BaselineUpdate = update,
            Config = state.Config,
            Written = state.Written,
            PreviousOutputExists = state.PreviousOutputExists,
            Embargoed = [.. state.Embargoed
                .Select(r => new EmbargoedRelease(r.Source.DisplayPath, r.Metadata.PublishAt!.Value))
                .OrderBy(e => e.PublishAt).ThenBy(e => e.File, StringComparer.Ordinal)],
            Checks = state.Checks,
            Reused = context.Work.Reused,
            Computed = context.Work.Computed,
        };
    }

    // Every warning of this build, and only those: an accepted warning that no longer occurs is dropped.
    private static BaselineUpdate UpdateBaseline(BuildContext context, string path, ImmutableArray<Diagnostic> diagnostics)
    {
        var baseline = Baseline.From(diagnostics, context.BaselinePath);
        BaselineFile.Write(context.FileSystem, path, baseline);
        return new BaselineUpdate(context.DisplayPath(path), baseline,
            Added: Missing(baseline, from: context.Baseline), Dropped: Missing(context.Baseline, from: baseline));
    }

    // How many entries of `entries` (counted with repeats) `from` does not have.
    private static int Missing(Baseline entries, Baseline from)
    {
        var left = from.Entries.GroupBy(e => (e.Code, e.Path, e.Fingerprint)).ToDictionary(g => g.Key, g => g.Count());
        var missing = 0;
        foreach (var entry in entries.Entries)
        {
            var key = (entry.Code, entry.Path, entry.Fingerprint);
            if (left.TryGetValue(key, out var n) && n > 0)
            {
                left[key] = n - 1;
            }
            else
            {
                missing++;
            }
        }
        return missing;
    }
}
