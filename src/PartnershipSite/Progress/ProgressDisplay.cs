using PartnershipSite.Engine;
using PartnershipSite.Progress;
using Spectre.Console;

namespace PartnershipSite.Cli.Progress;

/// <summary>
/// Shows a build's progress while it runs: on a terminal a live Spectre.Console display of the running step (items
/// done of the total, elapsed time), cleared when the build ends; elsewhere (CI, pipes) a plain line per counted
/// step; nothing at all when <paramref name="show"/> is false (<c>--format json</c>).
/// </summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, bool show, TimeProvider clock, Func<IProgress<BuildProgress>?, Task<T>> work)
    {
        if (!show)
        {
            return await work(null);
        }
        if (!console.Profile.Capabilities.Interactive)
        {
            var plain = new PlainProgress(console, clock);
            var result = await work(plain);
            plain.Finish();
            return result;
        }
        return await console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new CountColumn(), new ElapsedTimeColumn())
            .StartAsync(context => work(new LiveProgress(context)));
    }
}
