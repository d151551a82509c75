using System.Collections.Frozen;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Templates;

/// <summary>
/// The theme's Liquid layouts, parsed once per build and rendered many times. Rendering is strict: a variable or
/// member that does not exist is an error (PS0202), not an empty string.
/// </summary>
public sealed class Theme
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly FrozenDictionary<string, (IFluidTemplate Template, string Path)> _layouts;
    private readonly TemplateOptions _options;

    internal Theme(FrozenDictionary<string, (IFluidTemplate, string)> layouts, TemplateOptions options)
    {
        _layouts = layouts;
        _options = options;
    }

    /// <summary>The theme's words for release pages and PDFs (<c>labels.yml</c>), in the site's language.</summary>
    public Content.Labels? Labels { get; init; }

    /// <summary>The labels in each of the site's languages (<c>languages</c> in site.yml), the site's own included.</summary>
    public FrozenDictionary<string, Content.Labels> LabelsByLanguage { get; init; } = FrozenDictionary<string, Content.Labels>.Empty;

    /// <summary>The labels for a page in <paramref name="language"/>: its own when the site lists it, else the site's.</summary>
    public Content.Labels? LabelsFor(string language) =>
        LabelsByLanguage.TryGetValue(language, out var labels) || LabelsByLanguage.TryGetValue(language.Split('-')[0], out labels) ? labels : Labels;

    /// <summary>Each layout's text (line endings as parsed), to report a rendering fault at its line.</summary>
    internal FrozenDictionary<string, string> Sources { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// The layouts a page rendered through <paramref name="layout"/> is made from, innermost first (the layout, then
    /// <c>base</c>), with display path and text; empty when the layout is unknown.
    /// </summary>
    internal System.Collections.Immutable.ImmutableArray<(string Path, string Text)> SourcesOf(string layout) =>
        [.. new[] { layout, "base" }.Distinct(StringComparer.Ordinal)
            .Where(name => _layouts.ContainsKey(name) && Sources.ContainsKey(name))
            .Select(name => (_layouts[name].Path, Sources[name]))];

    /// <summary>The names of the layouts, sorted.</summary>
    public IEnumerable<string> LayoutNames => _layouts.Keys.Order(StringComparer.Ordinal);

    /// <summary>True when the theme has a layout of that name.</summary>
    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>The parsed layout, or null: the same object across rebuilds while its text is unchanged (a cache key).</summary>
    internal IFluidTemplate? TemplateOf(string name) => _layouts.TryGetValue(name, out var layout) ? layout.Template : null;

    /// <summary>The display path of a layout's file.</summary>
    public string PathOf(string name) => _layouts[name].Path;

    /// <summary>
    /// Renders <paramref name="layout"/> with <paramref name="values"/>, then wraps the result in the <c>base</c>
    /// layout as <c>content</c>. Returns null after reporting when a template fails.
    /// </summary>
    public string? Render(string layout, IReadOnlyDictionary<string, object> values, DiagnosticBag diagnostics)
    {
        var inner = RenderOne(layout, values, null, diagnostics);
        return inner is null ? null : RenderOne("base", values, inner, diagnostics);
    }

    private string? RenderOne(string name, IReadOnlyDictionary<string, object> values, string? content, DiagnosticBag diagnostics)
    {
        var (template, path) = _layouts[name];
        var context = new TemplateContext(_options);
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
        }
        if (content is not null)
        {
            context.SetValue("content", content);
        }
        try
        {
            return template.Render(context, Encoder);
        }
        catch (FluidException e)
        {
            var undefined = UndefinedName(e.Message);
            diagnostics.Add(Codes.UndefinedTemplateValue, Locate(name, path, undefined), undefined);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArithmeticException or ArgumentException or FormatException or IOException)
        {
            // A layout is a program: a filter dividing by zero, a loop past the step limit or a tag that needs a
            // file fails the layout, reported as the theme fault it is, never a crash of the build.
            diagnostics.Add(Codes.TemplateFailed, new SourceLocation(path, 1, 1), ParserFailure.Reason(e));
            return null;
        }
    }

    /// <summary>
    /// Where the layout uses <paramref name="undefined"/>: the first Liquid tag or output naming it (Fluid's error
    /// carries no position), else the top of the layout.
    /// </summary>
    private SourceLocation Locate(string layout, string path, string undefined)
    {
        if (Sources.TryGetValue(layout, out var text))
        {
            var last = undefined.Split('.')[^1];
            foreach (System.Text.RegularExpressions.Match tag in System.Text.RegularExpressions.Regex.Matches(text, @"\{[{%].*?[}%]\}", System.Text.RegularExpressions.RegexOptions.Singleline))
            {
                var at = IndexOfName(tag.Value, undefined) is >= 0 and var i ? i : IndexOfName(tag.Value, last);
                if (at >= 0)
                {
                    var (line, column) = LiquidScan.Position(text, tag.Index + at);
                    return new SourceLocation(path, line, column);
                }
            }
        }
        return new SourceLocation(path, 1, 1);
    }

    // The name as a whole identifier (not part of a longer one).
    private static int IndexOfName(string markup, string name)
    {
        for (var i = markup.IndexOf(name, StringComparison.Ordinal); i >= 0; i = markup.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 ? ' ' : markup[i - 1];
            var after = i + name.Length < markup.Length ? markup[i + name.Length] : ' ';
            if (!char.IsLetterOrDigit(before) && before != '_' && !char.IsLetterOrDigit(after) && after != '_')
            {
                return i;
            }
        }
        return -1;
    }

    private static string UndefinedName(string message)
    {
        // Fluid names a null member by its syntax node type rather than by name.
        if (message.Contains("Fluid.Ast.", StringComparison.Ordinal))
        {
            return "a member whose value is empty (null)";
        }
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message[(start + 1)..end] : message;
    }
}
