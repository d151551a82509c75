namespace PartnershipSite.Diagnostics;

// The catalogue's entries for theme and templates (PS02xx), in code order.
public static partial class Codes
{
    /// <summary>A template has a Liquid syntax error.</summary>
    public static readonly DiagnosticDescriptor LiquidSyntax = new("PS0201", DiagnosticSeverity.Error,
        "Liquid syntax error: {0}", "correct the tag or output at that position.");

    /// <summary>A template uses a variable or member that does not exist.</summary>
    public static readonly DiagnosticDescriptor UndefinedTemplateValue = new("PS0202", DiagnosticSeverity.Error,
        "The template uses '{0}', which is not defined.", "check the spelling against the view model documented in theme/README.md.");

    /// <summary>A layout the site needs is missing from the theme.</summary>
    public static readonly DiagnosticDescriptor MissingLayout = new("PS0203", DiagnosticSeverity.Error,
        "The theme has no layout '{0}'.", "add theme/layouts/{0}.liquid.");

    /// <summary>A layout failed while a page was rendered (a filter error, the step limit).</summary>
    public static readonly DiagnosticDescriptor TemplateFailed = new("PS0204", DiagnosticSeverity.Error,
        "The layout failed while rendering a page: {0}.", "check the filters and loops of the layout (a loop may run at most 1,000,000 steps).");
}
