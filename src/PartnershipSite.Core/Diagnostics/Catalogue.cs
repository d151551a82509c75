using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PartnershipSite.Diagnostics;

/// <summary>The descriptors of <see cref="Codes"/>, looked up by code.</summary>
public static partial class Catalogue
{
    private static readonly FrozenDictionary<string, DiagnosticDescriptor> ByCode =
        typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>The descriptor with <paramref name="code"/>, or null.</summary>
    public static DiagnosticDescriptor? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>A message or fix format with each <c>{n}</c> placeholder shown as <c>…</c>.</summary>
    public static string WithoutPlaceholders(string format) => Placeholder().Replace(format, "…");

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
