namespace PartnershipSite.Diagnostics;

// The catalogue's entries for theme and templates (PS02xx), in code order.
internal static partial class Codes
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

    /// <summary>The theme has no <c>labels.yml</c>, where the words of release pages and PDFs live.</summary>
    public static readonly DiagnosticDescriptor LabelsMissing = new("PS0205", DiagnosticSeverity.Error,
        "The theme has no labels.yml.", "add theme/labels.yml with the labels of the default theme (docs/checks.md lists them).");

    /// <summary>A language in <c>labels.yml</c> lacks a label.</summary>
    public static readonly DiagnosticDescriptor LabelMissing = new("PS0206", DiagnosticSeverity.Error,
        "The labels for '{0}' have no '{1}'.", "add '{1}:' with its text under '{0}:'.");

    /// <summary>A label name that no layout or PDF uses (a misspelling).</summary>
    public static readonly DiagnosticDescriptor UnknownLabel = new("PS0207", DiagnosticSeverity.Warning,
        "'{0}' is not a known label.", "check the spelling; known labels are: {1}.");

    /// <summary>No labels for the site's language.</summary>
    public static readonly DiagnosticDescriptor NoLabelsForLanguage = new("PS0208", DiagnosticSeverity.Error,
        "labels.yml has no labels for the site's language '{0}' (it has: {1}).", "add a '{0}:' (or its first part) mapping with every label, or take '{0}' out of site.yml's 'languages'.");

    /// <summary>A label's text lacks a placeholder it needs, or has one that is not filled in.</summary>
    public static readonly DiagnosticDescriptor LabelPlaceholder = new("PS0209", DiagnosticSeverity.Error,
        "The label '{0}' {1}.", "write the label's text with exactly these placeholders: {2} (and 'months' as twelve names).");
}
