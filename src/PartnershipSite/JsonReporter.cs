using System.Text.Json;
using PartnershipSite.Engine;

namespace PartnershipSite.Cli;

/// <summary>One JSON object on stdout and nothing else, for tools: every diagnostic, baselined or not.</summary>
internal static class JsonReporter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Write(Terminal terminal, BuildResult result)
    {
        var report = new
        {
            succeeded = result.Succeeded,
            pages = result.PageCount,
            files = result.Outputs.Length,
            diagnostics = JsonShapes.Diagnostics(result.Diagnostics),
            baselined = result.Baselined.Length,
            checks = JsonShapes.Checks(result.Checks),
            // File names and moments only: the titles are under embargo too.
            embargoed = result.Embargoed.Select(e => new
            {
                file = e.File,
                publishAt = Content.IsoDate.Iso(e.PublishAt),
                // The same moment in UTC with "Z", the form shell tools (jq's fromdateiso8601, date -d) read.
                publishAtUtc = e.PublishAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            }),
            nextEmbargoLifts = result.Embargoed.IsEmpty ? null : Content.IsoDate.Iso(result.Embargoed[0].PublishAt),
            steps = result.Timings.Select(t => new { step = t.Step, milliseconds = Math.Round(t.Elapsed.TotalMilliseconds, 1) }),
        };
        Terminal.WriteRaw(terminal.Out, JsonSerializer.Serialize(report, Options));
    }
}
