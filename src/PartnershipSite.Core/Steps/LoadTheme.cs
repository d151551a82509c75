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
    public static readonly string[] RequiredLayouts = ["base", RenderListings.Layout, RenderTermIndexes.Layout, RenderSubscribePage.Layout, "release", "404"];

    /// <summary>The layouts the site's own pages use, which a release cannot name as its <c>layout</c>.</summary>
    public static readonly string[] SiteLayouts = ["base", RenderListings.Layout, RenderTermIndexes.Layout, RenderSubscribePage.Layout, "404"];

    private static readonly FluidParser Parser = new();

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var folder = Path.Join(state.RequireConfig().ThemeDirectory, "layouts");
        var files = context.FileSystem.DirectoryExists(folder)
            ? context.FileSystem.ListFiles(folder, recursive: false).Where(f => f.EndsWith(".liquid", StringComparison.Ordinal))
            : [];
        var layouts = new Dictionary<string, (IFluidTemplate, string)>(StringComparer.Ordinal);
        foreach (var source in files.Select(context.ReadSource).OfType<SourceFile>())
        {
            // An unchanged layout keeps its parsed template object, so only the pages that use a changed one re-render.
            var template = context.Memo(nameof(LoadTheme), (source.FullPath, source.Text), bag => Parse(source, bag));
            if (template is not null)
            {
                layouts[Path.GetFileNameWithoutExtension(source.FullPath)] = (template, source.DisplayPath);
            }
        }
        var missing = RequiredLayouts.Where(name => !layouts.ContainsKey(name) && !files.Any(f => Path.GetFileNameWithoutExtension(f) == name));
        foreach (var name in missing)
        {
            context.Diagnostics.Add(Codes.MissingLayout, new SourceLocation(context.DisplayPath(folder)), name);
        }
        // A required layout that is missing, unreadable or broken has been reported; the pages cannot be made.
        if (RequiredLayouts.Any(n => !layouts.ContainsKey(n)))
        {
            return ValueTask.FromResult(state with { Stopped = true });
        }
        return ValueTask.FromResult(state with { Theme = new Theme(layouts.ToFrozenDictionary(StringComparer.Ordinal), ViewModels.CreateOptions()) });
    }

    private static IFluidTemplate? Parse(SourceFile source, DiagnosticBag diagnostics)
    {
        if (Parser.TryParse(source.Text.ReplaceLineEndings("\n"), out var template, out var error))
        {
            return template;
        }
        var (line, column) = Position(error);
        diagnostics.Add(Codes.LiquidSyntax, new SourceLocation(source.DisplayPath, line, column), Reason(error));
        return null;
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
