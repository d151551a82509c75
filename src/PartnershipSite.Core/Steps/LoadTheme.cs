using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Fluid;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Templates;

namespace PartnershipSite.Steps;

/// <summary>Parses every <c>theme/layouts/*.liquid</c> once, reporting Liquid syntax errors at their position.</summary>
public sealed partial class LoadTheme : IStep
{
    /// <summary>The layouts every theme must have.</summary>
    public static readonly string[] RequiredLayouts = ["base", "home", "release", "404"];

    private static readonly FluidParser Parser = new();

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var folder = Path.Join(state.RequireConfig().ThemeDirectory, "layouts");
        var files = context.FileSystem.DirectoryExists(folder)
            ? context.FileSystem.ListFiles(folder, recursive: false).Where(f => f.EndsWith(".liquid", StringComparison.Ordinal))
            : [];
        var sources = files.Select(context.ReadSource).OfType<SourceFile>().ToList();
        // The parsed theme is reused while every layout's text is unchanged, so pages that depend on it can be too.
        var key = string.Join('\0', sources.Select(s => s.FullPath + '\0' + s.Text));
        var theme = context.Memo(nameof(LoadTheme), key, bag => Parse(sources, files, context.DisplayPath(folder), bag));
        return ValueTask.FromResult(theme is null ? state with { Stopped = true } : state with { Theme = theme });
    }

    // Null when a layout the site needs is missing or does not parse: the build cannot go on.
    private static Theme? Parse(List<SourceFile> sources, IEnumerable<string> files, string folder, DiagnosticBag diagnostics)
    {
        var layouts = new Dictionary<string, (IFluidTemplate, string)>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (Parser.TryParse(source.Text.ReplaceLineEndings("\n"), out var template, out var error))
            {
                layouts[Path.GetFileNameWithoutExtension(source.FullPath)] = (template, source.DisplayPath);
            }
            else
            {
                var (line, column) = Position(error);
                diagnostics.Add(Codes.LiquidSyntax, new SourceLocation(source.DisplayPath, line, column), Reason(error));
            }
        }
        var missing = RequiredLayouts.Where(name => !layouts.ContainsKey(name) && !files.Any(f => Path.GetFileNameWithoutExtension(f) == name));
        foreach (var name in missing)
        {
            diagnostics.Add(Codes.MissingLayout, new SourceLocation(folder), name);
        }
        // A required layout that is missing, unreadable or broken has been reported; the pages cannot be made.
        if (RequiredLayouts.Any(n => !layouts.ContainsKey(n)))
        {
            return null;
        }
        return new Theme(layouts.ToFrozenDictionary(StringComparer.Ordinal), ViewModels.CreateOptions());
    }

    private static (int Line, int Column) Position(string error)
    {
        var match = PositionPattern().Match(error);
        return match.Success ? (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) : (0, 0);
    }

    private static string Reason(string error) => PositionPattern().Replace(error, "").Trim().TrimEnd('.', ',');

    // Fluid reports positions as "at (line:column)".
    [GeneratedRegex(@"\(\s*(\d+)\s*:\s*(\d+)\s*\)")]
    private static partial Regex PositionPattern();
}
