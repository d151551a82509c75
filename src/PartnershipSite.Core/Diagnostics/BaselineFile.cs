using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PartnershipSite.IO;

namespace PartnershipSite.Diagnostics;

/// <summary>
/// Reads and writes a <see cref="Baseline"/> as JSON (<c>{"version": 1, "warnings": [{code, path, fingerprint,
/// message}]}</c>), one entry per accepted warning, so a review sees which warnings a change accepted.
/// </summary>
internal static class BaselineFile
{
    /// <summary>The file's name in the input folder unless <c>site.yml</c> names another (<c>baseline:</c>).</summary>
    public const string DefaultName = ".partnershipsite-baseline.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // The messages quote the site's own text: keep it readable rather than \u-escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The baseline at <paramref name="path"/>: empty when there is no file; null, with PS0010 reported at
    /// <paramref name="displayPath"/>, when the file is not a baseline.
    /// </summary>
    public static Baseline? Read(IFileSystem fileSystem, string path, string displayPath, DiagnosticBag diagnostics)
    {
        if (!fileSystem.FileExists(path))
        {
            return Baseline.Empty;
        }
        try
        {
            var file = JsonSerializer.Deserialize<Shape>(fileSystem.ReadAllBytes(path), Json);
            if (file is { Version: 1, Warnings: { } warnings } && warnings.All(w => w is { Code: not null, Path: not null, Fingerprint: not null }))
            {
                return new Baseline([.. warnings.Select(w => w with { Message = w.Message ?? "" })]);
            }
            diagnostics.Add(Codes.BaselineInvalid, new SourceLocation(displayPath), "it is not version 1 with a list of warnings");
        }
        catch (JsonException e)
        {
            diagnostics.Add(Codes.BaselineInvalid, new SourceLocation(displayPath, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1), e.Message);
        }
        return null;
    }

    /// <summary>Writes <paramref name="baseline"/> to <paramref name="path"/>, UTF-8 with a final newline.</summary>
    public static void Write(IFileSystem fileSystem, string path, Baseline baseline)
    {
        var text = JsonSerializer.Serialize(new Shape(1, [.. baseline.Entries]), Json) + "\n";
        fileSystem.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
    }

    private sealed record Shape(int Version, ImmutableArray<BaselineEntry>? Warnings);
}
