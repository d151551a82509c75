using System.Text.Json;
using PartnershipSite.Engine;

namespace PartnershipSite.Cli;

/// <summary>One JSON object on stdout and nothing else, for tools.</summary>
internal sealed class JsonReporter : IReporter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public void Report(BuildResult result, BuildOptions options)
    {
        var report = new
        {
            succeeded = result.Succeeded,
            pages = result.PageCount,
            files = result.Outputs.Length,
            diagnostics = JsonShapes.Diagnostics(result.Diagnostics),
            checks = JsonShapes.Checks(result.Checks),
            steps = result.Timings.Select(t => new { step = t.Step, milliseconds = Math.Round(t.Elapsed.TotalMilliseconds, 1) }),
        };
        Console.Out.WriteLine(JsonSerializer.Serialize(report, Options));
    }
}
