using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PartnershipSite.Cli.Preview;

/// <summary>
/// Content-Security-Policy violations the browser reports to the preview server: the preview adds a
/// <c>report-uri</c> to netlify.toml's policy (enforcement unchanged), so a theme change that the production CSP
/// would block shows up in the terminal at once.
/// </summary>
internal sealed class CspReports(TextWriter log)
{
    /// <summary>Where browsers send reports.</summary>
    public const string Path = LiveReload.Prefix + "csp-report";

    private readonly ConcurrentQueue<string> _violations = new();

    /// <summary>Every violation reported so far, as "page: directive blocked what".</summary>
    public IReadOnlyList<string> Violations => [.. _violations];

    /// <summary>The policy with the report address added.</summary>
    public static string WithReporting(string policy) => $"{policy.TrimEnd().TrimEnd(';')}; report-uri {Path}";

    /// <summary>Reads one report (<c>application/csp-report</c> JSON) and prints it.</summary>
    public async Task ReceiveAsync(HttpContext http)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            if (json.RootElement.TryGetProperty("csp-report", out var report))
            {
                var violation = $"{Text(report, "document-uri")}: {Text(report, "violated-directive")} blocked {Text(report, "blocked-uri")}";
                _violations.Enqueue(violation);
                await log.WriteLineAsync($"CSP violation (netlify.toml's policy would block this in production): {violation}");
            }
            http.Response.StatusCode = StatusCodes.Status204NoContent;
        }
        catch (JsonException)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    private static string Text(JsonElement report, string name) =>
        report.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "?";
}
