using System.Collections.Immutable;
using PartnershipSite.IO;

namespace PartnershipSite.Engine;

/// <summary>
/// Runs the pipeline's steps in order over one build's state. Given a <see cref="BuildCache"/>, successive builds
/// reuse the per-item work of unchanged content (the preview server's incremental rebuilds).
/// </summary>
public sealed class SiteBuilder(IFileSystem fileSystem, TimeProvider clock, ImmutableArray<IStep>? steps = null, BuildCache? cache = null)
{
    private readonly ImmutableArray<IStep> _steps = steps ?? Pipeline.Default;

    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var context = new BuildContext(options, fileSystem, clock) { Cache = cache };
        var state = new BuildState();
        var timings = ImmutableArray.CreateBuilder<StepTiming>();
        foreach (var step in _steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = clock.GetTimestamp();
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
        return new BuildResult(context.Diagnostics.ToSortedArray(), state.Outputs, timings.ToImmutable(), state.Published)
        {
            Config = state.Config,
            Written = state.Written,
            PreviousOutputExists = state.PreviousOutputExists,
            Embargoed = [.. state.Embargoed
                .Select(r => new EmbargoedRelease(r.Source.DisplayPath, r.Metadata.PublishAt!.Value))
                .OrderBy(e => e.PublishAt).ThenBy(e => e.File, StringComparer.Ordinal)],
            Checks = state.Checks,
        };
    }
}
