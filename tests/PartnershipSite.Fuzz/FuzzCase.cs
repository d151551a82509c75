using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace PartnershipSite.Fuzz;

/// <summary>
/// One fuzz input: the site's text files (paths relative to the site root: <c>input/…</c>, <c>theme/layouts/…</c>)
/// and the request paths asked of the preview server. The theme's assets and fonts come from the repository.
/// </summary>
public sealed record FuzzCase(ImmutableSortedDictionary<string, string> Files, ImmutableArray<string> Requests)
{
    // Non-ASCII text stays readable in a fixture; control characters are still written as \u escapes.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The same case with one file's text replaced (or added).</summary>
    public FuzzCase With(string path, string text) => this with { Files = Files.SetItem(path, Canonical(text)) };

    /// <summary>Total characters, to keep mutated inputs within a small site's size.</summary>
    public int Size => Files.Values.Sum(v => v.Length) + Requests.Sum(r => r.Length);

    /// <summary>
    /// Text as the build will see it after a UTF-8 round trip (a lone surrogate becomes U+FFFD), so a saved case
    /// replays exactly what ran.
    /// </summary>
    public static string Canonical(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>Reads a saved case (<see cref="ToJson"/>).</summary>
    public static FuzzCase FromJson(string json)
    {
        var shape = JsonSerializer.Deserialize<Shape>(json, Json) ?? throw new InvalidDataException("empty fuzz case");
        return new FuzzCase(
            (shape.Files ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            [.. shape.Requests ?? []]);
    }

    /// <summary>
    /// Reads a hand-written seed: <c>-- path --</c> sections as in the tests' <c>TestSite</c>, split on <c>\n</c>
    /// only (other line breaks are content); a <c>-- requests --</c> section lists request paths, one a line.
    /// Lines before the first section are a comment.
    /// </summary>
    public static FuzzCase FromSections(string text)
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var requests = ImmutableArray.CreateBuilder<string>();
        string? path = null;
        var content = new StringBuilder();
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                path = line[3..^3].Trim();
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }
        Flush();
        return new FuzzCase(files.ToImmutable(), requests.ToImmutable());

        void Flush()
        {
            if (path == "requests")
            {
                requests.AddRange(content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            }
            else if (path is not null)
            {
                files[path] = content.ToString();
            }
        }
    }

    /// <summary>The case as JSON: exact for every character, readable in a diff.</summary>
    public string ToJson() => JsonSerializer.Serialize(new Shape { Files = new(Files, StringComparer.Ordinal), Requests = [.. Requests] }, Json);

    private sealed class Shape
    {
        public Dictionary<string, string>? Files { get; set; }

        public List<string>? Requests { get; set; }
    }
}
