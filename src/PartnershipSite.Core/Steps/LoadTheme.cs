using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Fluid;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Templates;
using PartnershipSite.Text;

namespace PartnershipSite.Steps;

/// <summary>Parses every <c>theme/layouts/*.liquid</c> once, reporting Liquid syntax errors at their position.</summary>
internal sealed partial class LoadTheme : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Theme);

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
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in files.Select(context.ReadSource).OfType<SourceFile>())
        {
            // An unchanged layout keeps its parsed template object, so only the pages that use a changed one re-render.
            var template = context.Memo(nameof(LoadTheme), (source.FullPath, source.Text), bag => Parse(source, bag));
            if (template is not null)
            {
                layouts[Path.GetFileNameWithoutExtension(source.FullPath)] = (template, source.DisplayPath);
                texts[Path.GetFileNameWithoutExtension(source.FullPath)] = source.Text.ReplaceLineEndings("\n");
            }
        }
        var missing = RequiredLayouts.Where(name => !layouts.ContainsKey(name) && !files.Any(f => Path.GetFileNameWithoutExtension(f) == name));
        foreach (var name in missing)
        {
            context.Diagnostics.Add(Codes.MissingLayout, new SourceLocation(context.DisplayPath(folder)), name);
        }
        var labels = Labels(state.RequireConfig(), context);
        // A required layout or the labels missing, unreadable or broken has been reported; the pages cannot be made.
        if (RequiredLayouts.Any(n => !layouts.ContainsKey(n)) || labels is null || !labels.TryGetValue(state.RequireConfig().Language, out var siteLabels))
        {
            return ValueTask.FromResult(state with { Stopped = true });
        }
        return ValueTask.FromResult(state with
        {
            Theme = new Theme(layouts.ToFrozenDictionary(StringComparer.Ordinal), ViewModels.CreateOptions())
            {
                Sources = texts.ToFrozenDictionary(StringComparer.Ordinal),
                Labels = siteLabels,
                LabelsByLanguage = labels,
            },
        });
    }

    // theme/labels.yml, in each of the site's languages; an unchanged file keeps its labels objects (a cache key downstream).
    private static FrozenDictionary<string, Labels>? Labels(Configuration.SiteConfig config, BuildContext context)
    {
        var path = Path.Join(config.ThemeDirectory, LabelsFile.FileName);
        if (!context.FileSystem.FileExists(path))
        {
            context.Diagnostics.Add(Codes.LabelsMissing, new SourceLocation(context.DisplayPath(config.ThemeDirectory)));
            return null;
        }
        return context.ReadSource(path) is { } source
            ? context.Memo(nameof(LoadTheme) + ".labels", (source.FullPath, source.Text, string.Join(' ', config.Languages)), bag => LabelsFile.Read(source, config.Languages, bag))
            : null;
    }

    private static IFluidTemplate? Parse(SourceFile source, DiagnosticBag diagnostics)
    {
        var text = source.Text.ReplaceLineEndings("\n");
        if (LiquidScan.Check(text) is var (atLine, atColumn, problem, detail))
        {
            var at = new SourceLocation(source.DisplayPath, atLine, atColumn);
            if (problem == LiquidScan.Problem.TooDeep)
            {
                diagnostics.Add(Codes.NestedTooDeep, at, detail, $"the limit is {SourceLimits.MaxNesting} levels");
            }
            else
            {
                diagnostics.Add(Codes.LiquidSyntax, at, detail);
            }
            return null;
        }
        IFluidTemplate? template;
        string error;
        try
        {
            if (Parser.TryParse(text, out template, out error))
            {
                return template;
            }
        }
        catch (Exception e) when (ParserFailure.IsBadInput(e))
        {
            diagnostics.Add(Codes.LiquidSyntax, new SourceLocation(source.DisplayPath, 1, 1), ParserFailure.Reason(e));
            return null;
        }
        var (line, column) = Position(error);
        diagnostics.Add(Codes.LiquidSyntax, new SourceLocation(source.DisplayPath, line, column), Reason(error));
        return null;
    }

    private static (int Line, int Column) Position(string error)
    {
        var match = PositionPattern().Match(error);
        // Without a position in the message, the error is reported at the top of the layout rather than nowhere.
        return match.Success ? (Math.Max(1, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), Math.Max(1, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))) : (1, 1);
    }

    private static string Reason(string error) => PositionPattern().Replace(error, "").Trim().TrimEnd('.', ',');

    // Fluid reports positions as "at (line:column)".
    [GeneratedRegex(@"\(\s*(\d+)\s*:\s*(\d+)\s*\)")]
    private static partial Regex PositionPattern();
}
