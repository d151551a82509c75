using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PartnershipSite.Templates;

/// <summary>
/// Reads a theme's <c>labels.yml</c>: a mapping from language tags to the labels in that language. Every language is
/// checked (each label present, no unknown name, placeholders as the label needs); the site's language is chosen by
/// its whole tag, then its first part.
/// </summary>
internal static partial class LabelsFile
{
    /// <summary>The file's name inside the theme folder.</summary>
    public const string FileName = "labels.yml";

    /// <summary>The labels for <paramref name="language"/>, or null after reporting why there are none.</summary>
    public static Labels? Read(Content.SourceFile source, string language, DiagnosticBag diagnostics) =>
        Read(source, [language], diagnostics) is { } all ? all[language] : null;

    /// <summary>
    /// The labels for each of <paramref name="languages"/> (the site's language first, then its translations'), by
    /// tag; null after reporting why one has none.
    /// </summary>
    public static FrozenDictionary<string, Labels>? Read(Content.SourceFile source, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var whole = new SourceLocation(source.DisplayPath, 1, 1);
        if (YamlFields.Parse(source.Text, whole, 0, diagnostics, Codes.MalformedYaml) is not { } map)
        {
            return null;
        }
        var fields = new YamlFields(map, source.DisplayPath, 0, diagnostics, whole);
        var available = new Dictionary<string, Labels?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (tag, value, at) in fields.Entries())
        {
            available[tag] = value is YamlMappingNode labels ? Language(tag, labels, source.DisplayPath, at, diagnostics) : Invalid(tag, at, diagnostics);
        }
        var chosen = new Dictionary<string, Labels>(StringComparer.OrdinalIgnoreCase);
        var complete = true;
        foreach (var language in languages)
        {
            var primary = language.Split('-')[0];
            if (available.TryGetValue(language, out var exact) || available.TryGetValue(primary, out exact))
            {
                if (exact is null)
                {
                    complete = false;
                }
                else
                {
                    chosen[language] = exact;
                }
                continue;
            }
            diagnostics.Add(Codes.NoLabelsForLanguage, whole, language, available.Count == 0 ? "none" : string.Join(", ", available.Keys));
            complete = false;
        }
        return complete ? chosen.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase) : null;
    }

    private static Labels? Invalid(string tag, SourceLocation at, DiagnosticBag diagnostics)
    {
        diagnostics.Add(Codes.InvalidField, at, tag, "a mapping of label names to their text");
        return null;
    }

    private static Labels? Language(string tag, YamlMappingNode map, string path, SourceLocation at, DiagnosticBag diagnostics)
    {
        var fields = new YamlFields(map, path, 0, diagnostics, at);
        fields.ReportUnknownKeys(Codes.UnknownLabel, Labels.Names.Keys);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var complete = true;
        foreach (var (name, placeholders) in Labels.Names)
        {
            if (fields.OptionalString(name) is not { } text)
            {
                diagnostics.Add(Codes.LabelMissing, fields.Node(name) is { } empty ? fields.At(empty) : at, tag, name);
                complete = false;
                continue;
            }
            var found = PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToList();
            var wanted = placeholders.Length == 0 ? "none" : string.Join(", ", placeholders.Select(p => "{" + p + "}"));
            var problem = found.FirstOrDefault(f => !placeholders.Contains(f)) is { } unknown ? $"has {{{unknown}}}, which is never filled in"
                : placeholders.FirstOrDefault(p => found.Count(f => f == p) != 1) is { } needed ? $"must hold {{{needed}}} once"
                : null;
            // Dates are written day, month, year: the months must be twelve names for "10 June 2021" to be right.
            problem ??= name == "months" && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 12 ? "must be the twelve months' names, January first, separated by spaces" : null;
            if (problem is not null)
            {
                diagnostics.Add(Codes.LabelPlaceholder, fields.At(fields.Node(name)!), name, problem, wanted);
                complete = false;
            }
            texts[name] = text;
        }
        return complete ? Labels.Create(texts) : null;
    }

    [GeneratedRegex(@"\{([a-z_]*)\}")]
    private static partial Regex PlaceholderPattern();
}
