using System.Collections.Immutable;
using System.Globalization;
using PartnershipSite.Diagnostics;
using PartnershipSite.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PartnershipSite.Content;

/// <summary>
/// Typed, located reads from a YAML mapping: each problem becomes a diagnostic at the value's line and column
/// in the original file (<paramref name="lineOffset"/> is the number of file lines before the YAML text).
/// </summary>
internal sealed class YamlFields(YamlMappingNode map, string path, int lineOffset, DiagnosticBag diagnostics, SourceLocation whole)
{
    /// <summary>
    /// Parses YAML text into a mapping, reporting malformed YAML as PS0101/PS0003, nesting deeper than
    /// <see cref="SourceLimits.MaxNesting"/> as PS0119 and a scalar whose escapes make a character no format can
    /// carry (<c>"\u0015"</c>) as PS0116, each at its line and column.
    /// </summary>
    public static YamlMappingNode? Parse(string yaml, SourceLocation location, int lineOffset, DiagnosticBag diagnostics, DiagnosticDescriptor malformed)
    {
        // First a pass over the parser's events: the parser is iterative, so it meets any depth safely, while the
        // representation model below recurses once per level and would overflow the stack on deep input.
        var at = location with { Line = lineOffset + 1, Column = 1 };
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var depth = 0;
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                at = location with { Line = (int)current.Start.Line + lineOffset, Column = (int)current.Start.Column };
                switch (current)
                {
                    case MappingStart or SequenceStart when ++depth > SourceLimits.MaxNesting:
                        diagnostics.Add(Codes.NestedTooDeep, at, "YAML lists and mappings are", $"the limit is {SourceLimits.MaxNesting} levels");
                        return null;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                    case Scalar scalar when TextPolicy.Find(scalar.Value, references: false).FirstOrDefault() is { Line: > 0 } bad:
                        diagnostics.Add(Codes.ForbiddenCharacter, at, TextPolicy.Describe(bad.CodePoint) + " (from an escape in the value)");
                        return null;
                }
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                return new YamlMappingNode();
            }
            if (stream.Documents[0].RootNode is YamlMappingNode map)
            {
                return map;
            }
            diagnostics.Add(malformed, location with { Line = lineOffset + 1, Column = 1 }, "it must be a list of 'name: value' fields");
            return null;
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Split(" (Line")[0].TrimEnd('.');
            diagnostics.Add(malformed, location with { Line = (int)e.Start.Line + lineOffset, Column = (int)e.Start.Column }, reason);
            return null;
        }
        catch (Exception e) when (ParserFailure.IsBadInput(e))
        {
            // YamlDotNet fails on some malformed input with an exception that carries no position: report it where
            // the last event it read began.
            diagnostics.Add(malformed, at, ParserFailure.Reason(e));
            return null;
        }
    }

    /// <summary>The location of a node in the original file.</summary>
    public SourceLocation At(YamlNode node) =>
        new(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    /// <summary>The location of a key, or of the whole mapping when the key is absent.</summary>
    public SourceLocation AtKey(string key) =>
        Find(key) is var (k, _) && k is not null ? At(k) : whole;

    /// <summary>Warns about keys that are not in <paramref name="known"/>.</summary>
    public void ReportUnknownKeys(DiagnosticDescriptor descriptor, IReadOnlyCollection<string> known)
    {
        foreach (var (key, _) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                diagnostics.Add(descriptor, At(key), name, string.Join(", ", known));
            }
        }
    }

    /// <summary>Every field of the mapping: its name, its value and where the name is.</summary>
    public IEnumerable<(string Key, YamlNode Value, SourceLocation At)> Entries() =>
        map.Children.Select(c => ((c.Key as YamlScalarNode)?.Value ?? "", c.Value, At(c.Key)));

    /// <summary>The node at <paramref name="key"/>, if present and not null.</summary>
    public YamlNode? Node(string key) =>
        Find(key).Value is { } v && !(v is YamlScalarNode { Value: null or "~" or "null", Style: ScalarStyle.Plain }) ? v : null;

    /// <summary>A non-empty string, or null after reporting PS0102.</summary>
    public string? RequiredString(string key, DiagnosticDescriptor missing)
    {
        var value = OptionalString(key);
        if (value is null && Node(key) is null or YamlScalarNode)
        {
            diagnostics.Add(missing, AtKey(key), key);
        }
        return value;
    }

    /// <summary>A non-empty string if present; a non-scalar value is reported as PS0111.</summary>
    public string? OptionalString(string key)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            case var other:
                diagnostics.Add(Codes.InvalidField, At(other), key, "a single line of text");
                return null;
        }
    }

    /// <summary>A list of strings (a single string is taken as a list of one).</summary>
    public ImmutableArray<string> StringList(string key) => Node(key) switch
    {
        null => [],
        YamlScalarNode s => string.IsNullOrWhiteSpace(s.Value) ? [] : [s.Value.Trim()],
        YamlSequenceNode seq => [.. seq.Children.Select(ScalarOrReport(key)).OfType<string>()],
        var other => ReportShape(other, key, "a list of text items"),
    };

    /// <summary>Where each item of <see cref="StringList"/> is written, in the same order (blank or non-text items left out as there).</summary>
    public ImmutableArray<SourceLocation> StringListLocations(string key) => Node(key) switch
    {
        YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [At(s)],
        YamlSequenceNode seq => [.. seq.Children.Where(n => n is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)).Select(At)],
        _ => [],
    };

    /// <summary>A boolean; anything but true/false is reported.</summary>
    public bool Boolean(string key, bool fallback)
    {
        if (Node(key) is not { } node)
        {
            return fallback;
        }
        if (node is YamlScalarNode { Value: { } v } && bool.TryParse(v, out var result))
        {
            return result;
        }
        diagnostics.Add(Codes.InvalidField, At(node), key, "true or false");
        return fallback;
    }

    /// <summary>A positive whole number.</summary>
    public int PositiveInt(string key, int fallback)
    {
        if (Node(key) is not { } node)
        {
            return fallback;
        }
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            return n;
        }
        diagnostics.Add(Codes.InvalidField, At(node), key, "a whole number above 0");
        return fallback;
    }

    /// <summary>A nested mapping, read with the same location rules.</summary>
    public YamlFields? Mapping(string key)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlMappingNode m:
                return new YamlFields(m, path, lineOffset, diagnostics, At(m));
            case var other:
                diagnostics.Add(Codes.InvalidField, At(other), key, "a set of 'name: value' fields");
                return null;
        }
    }

    /// <summary>The items of a list of mappings.</summary>
    public IEnumerable<YamlFields> MappingList(string key)
    {
        switch (Node(key))
        {
            case null:
                yield break;
            case YamlSequenceNode seq:
                foreach (var item in seq.Children)
                {
                    if (item is YamlMappingNode m)
                    {
                        yield return new YamlFields(m, path, lineOffset, diagnostics, At(m));
                    }
                    else
                    {
                        diagnostics.Add(Codes.InvalidField, At(item), key, "a list of entries with 'name: value' fields");
                    }
                }
                break;
            case var other:
                diagnostics.Add(Codes.InvalidField, At(other), key, "a list of entries with 'name: value' fields");
                break;
        }
    }

    /// <summary>A date in ISO 8601 form; a date without a time is midnight UTC.</summary>
    public DateTimeOffset? Date(string key, bool required)
    {
        if (Node(key) is not { } node)
        {
            if (required)
            {
                diagnostics.Add(Codes.MissingField, AtKey(key), key);
            }
            return null;
        }
        var text = (node as YamlScalarNode)?.Value?.Trim() ?? "";
        if (IsoDate.TryParse(text, out var date))
        {
            if (IsoDate.IsInRange(date))
            {
                return date;
            }
            diagnostics.Add(Codes.DateOutOfRange, At(node), text, key, IsoDate.Display(IsoDate.Earliest), IsoDate.Display(IsoDate.Latest));
            return null;
        }
        diagnostics.Add(Codes.InvalidDate, At(node), text, key);
        return null;
    }

    /// <summary>An instant with its offset (<see cref="IsoDate.TryParseInstant"/>), or null after reporting PS0140.</summary>
    public DateTimeOffset? Instant(string key)
    {
        if (Node(key) is not { } node)
        {
            return null;
        }
        var text = (node as YamlScalarNode)?.Value?.Trim() ?? "";
        if (IsoDate.TryParseInstant(text, out var instant))
        {
            if (IsoDate.IsInRange(instant))
            {
                return instant;
            }
            diagnostics.Add(Codes.DateOutOfRange, At(node), text, key, IsoDate.Display(IsoDate.Earliest), IsoDate.Display(IsoDate.Latest));
            return null;
        }
        diagnostics.Add(Codes.InvalidInstant, At(node), text, key);
        return null;
    }

    private (YamlNode? Key, YamlNode? Value) Find(string key)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: var name } && name == key)
            {
                return (k, v);
            }
        }
        return (null, null);
    }

    private Func<YamlNode, string?> ScalarOrReport(string key) => node =>
    {
        if (node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
        {
            return v.Trim();
        }
        diagnostics.Add(Codes.InvalidField, At(node), key, "a list of text items");
        return null;
    };

    private ImmutableArray<string> ReportShape(YamlNode node, string key, string shape)
    {
        diagnostics.Add(Codes.InvalidField, At(node), key, shape);
        return [];
    }
}
