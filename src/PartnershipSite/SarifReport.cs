using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Cli;

/// <summary>
/// Writes diagnostics as a SARIF 2.1.0 log (OASIS), the format code-scanning tools read: one run, the catalogue's
/// codes as rules, one result per diagnostic with its file, line and column.
/// </summary>
internal static class SarifReport
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>Every diagnostic; with a baseline, each result says whether it is new or one of <paramref name="baselined"/>.</summary>
    public static string Write(IEnumerable<Diagnostic> diagnostics, IReadOnlyCollection<Diagnostic> baselined)
    {
        var list = diagnostics.ToList();
        var accepted = baselined.ToHashSet();
        var used = list.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var rules = new JsonArray([.. used.Select(code => Rule(code, Catalogue.Find(code)))]);
        var results = new JsonArray([.. list.Select(d => Result(d, used.IndexOf(d.Code), accepted.Count == 0 ? null : accepted.Contains(d)))]);
        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "PartnershipSite",
                        ["rules"] = rules,
                    },
                },
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = results,
            }),
        };
        return log.ToJsonString(Options);
    }

    private static JsonObject Rule(string code, DiagnosticDescriptor? descriptor)
    {
        var rule = new JsonObject { ["id"] = code };
        if (descriptor is not null)
        {
            rule["shortDescription"] = new JsonObject { ["text"] = descriptor.MessageFormat };
            rule["help"] = new JsonObject { ["text"] = descriptor.Fix };
            rule["defaultConfiguration"] = new JsonObject { ["level"] = Level(descriptor.Severity) };
        }
        return rule;
    }

    private static JsonObject Result(Diagnostic diagnostic, int ruleIndex, bool? baselined)
    {
        var location = diagnostic.Location;
        var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = location.Path.Replace('\\', '/') } };
        if (location.Line > 0)
        {
            var region = new JsonObject { ["startLine"] = location.Line };
            if (location.Column > 0)
            {
                region["startColumn"] = location.Column;
            }
            physical["region"] = region;
        }
        var result = new JsonObject
        {
            ["ruleId"] = diagnostic.Code,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(diagnostic.Severity),
            ["message"] = new JsonObject { ["text"] = diagnostic.Message },
            ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = physical }),
        };
        if (baselined is { } unchanged)
        {
            // SARIF 2.1.0 §3.27.24: "unchanged" is in the baseline, "new" is not.
            result["baselineState"] = unchanged ? "unchanged" : "new";
        }
        return result;
    }

    // SARIF 2.1.0 §3.27.10: level is "error", "warning" or "note".
    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

}
