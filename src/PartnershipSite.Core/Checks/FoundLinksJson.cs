using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// Keeps a file's links compactly: each distinct string once (a page's links share its path, their note and their
/// layout's path; a feed's thousands of links share far more), and each link as a row of indices into them. A kept
/// page's findings are a quarter of the size, and are read back that much faster.
/// </summary>
internal sealed class FoundLinksJson : JsonConverter<ImmutableArray<FoundLink>>
{
    /// <inheritdoc />
    public override ImmutableArray<FoundLink> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var strings = new List<string?>();
        var links = ImmutableArray.CreateBuilder<FoundLink>();
        var row = new int[Columns];
        string? At(int index) => index < 0 ? null : strings[index];
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            Expect(ref reader, JsonTokenType.StartArray);
            if (name == "Strings")
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    strings.Add(reader.TokenType == JsonTokenType.Null ? null : reader.GetString());
                }
            }
            else if (name == "Rows")
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Expect(ref reader, JsonTokenType.StartArray);
                    for (var i = 0; i < Columns; i++)
                    {
                        reader.Read();
                        row[i] = reader.GetInt32();
                    }
                    reader.Read();
                    Expect(ref reader, JsonTokenType.EndArray);
                    links.Add(new FoundLink(At(row[0])!, At(row[1])!, At(row[2])!, new SourceLocation(At(row[3])!, row[4], row[5]), At(row[6])!)
                    {
                        Kind = (LinkKind)row[7],
                        Url = At(row[8]) is { } url ? new Uri(url, UriKind.RelativeOrAbsolute) : null,
                        SitePath = At(row[9]),
                        Fragment = At(row[10]),
                    });
                }
            }
            else
            {
                throw new JsonException($"Unknown property '{name}' in kept links.");
            }
        }
        Expect(ref reader, JsonTokenType.EndObject);
        return links.ToImmutable();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ImmutableArray<FoundLink> value, JsonSerializerOptions options)
    {
        var indices = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int Index(string? text)
        {
            if (text is null)
            {
                return -1;
            }
            if (!indices.TryGetValue(text, out var index))
            {
                index = strings.Count;
                indices[text] = index;
                strings.Add(text);
            }
            return index;
        }
        var rows = value.IsDefault ? [] : value.Select(link => new[]
        {
            Index(link.Target), Index(link.Label), Index(link.OutputPath), Index(link.Location.Path), link.Location.Line, link.Location.Column,
            Index(link.Note), (int)link.Kind, Index(link.Url?.OriginalString), Index(link.SitePath), Index(link.Fragment),
        }).ToList();
        writer.WriteStartObject();
        writer.WriteStartArray("Strings");
        foreach (var text in strings)
        {
            writer.WriteStringValue(text);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("Rows");
        foreach (var row in rows)
        {
            writer.WriteStartArray();
            foreach (var cell in row)
            {
                writer.WriteNumberValue(cell);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private const int Columns = 11;

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} in kept links, found {reader.TokenType}.");
        }
    }
}
