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
            diagnostics.Add(Codes.UndefinedTemplateValue, new SourceLocation(path), UndefinedName(e.Message));
            return null;
        }
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
