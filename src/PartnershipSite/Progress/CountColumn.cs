using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PartnershipSite.Cli.Progress;

/// <summary>A progress column showing items done of the total, e.g. <c>412/1,000</c>; empty for a step that does not count.</summary>
internal sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        task.IsIndeterminate
            ? Spectre.Console.Text.Empty
            : new Spectre.Console.Text($"{task.Value.ToString("N0", CultureInfo.InvariantCulture)}/{task.MaxValue.ToString("N0", CultureInfo.InvariantCulture)}");
}
