using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// PDF/UA-1 7.18 (links apart, which <see cref="PdfLinksAreTagged"/> checks): every page with annotations has
/// structure tab order, and each annotation is tagged as its kind requires and described — hidden annotations
/// and those wholly outside the crop box exempt, as veraPDF's tests say.
/// </summary>
internal sealed class PdfAnnotationsAreAccessible : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.18.1-1", "nest the annotation in an Annot structure element (an OBJR kid, and its /StructParent in the parent tree)."),
        new("7.18.1-2", "give the annotation /Contents, or its structure element /Alt, describing it."),
        new("7.18.1-3", "give the form field /TU (a tooltip naming it), or its widget's structure element /Alt."),
        new("7.18.2-1", "remove the TrapNet annotation: PDF/UA-1 does not permit it."),
        new("7.18.3-1", "set /Tabs /S on every page that has annotations, so keyboard focus follows the structure (WCAG 2.2 SC 2.4.3)."),
        new("7.18.4-1", "nest each widget annotation in a Form structure element."),
        new("7.18.4-2", "give the Form element a /Role attribute (PrintField), or make the widget's OBJR its only kid."),
        new("7.18.8-1", "leave PrinterMark annotations out of the structure tree (no /StructParent): they are artifacts."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var structure = pdf.Shared(PdfStructure.Read);
        var annotations = pdf.Shared(PdfAnnotation.ReadAll);
        foreach (var page in annotations.Select(a => a.Page).Distinct())
        {
            var tabs = pdf.Get<NameToken>(page.Dictionary, "Tabs")?.Data;
            Keep(tabs == "S", "7.18.3-1", page.Where, tabs is null ? "the page has annotations but no /Tabs" : $"the page has annotations and /Tabs /{tabs}, not /S");
        }
        foreach (var annotation in annotations.Where(a => !a.Exempt))
        {
            var key = pdf.Get<NumericToken>(annotation.Dictionary, "StructParent")?.Int;
            var parent = key is { } k ? structure.ElementOfStructParent(k) : null;
            var parentType = parent?.StandardType;
            var alt = parent is null ? null : pdf.GetString(parent.Dictionary, "Alt");
            var contents = pdf.GetString(annotation.Dictionary, "Contents");
            switch (annotation.Subtype)
            {
                case "Widget":
                    Keep(parentType == "Form", "7.18.4-1", annotation.Where, $"the widget is {Tagged(parent)}, not in a Form element");
                    var tooltip = FieldTooltip(pdf, annotation.Dictionary);
                    Keep(!string.IsNullOrEmpty(tooltip) || !string.IsNullOrEmpty(alt), "7.18.1-3", annotation.Where, "the form field has no /TU and its widget's element no /Alt");
                    continue;
                case "PrinterMark":
                    Keep(key is null, "7.18.8-1", annotation.Where, "the printer's mark is in the structure tree (it has /StructParent)");
                    break;
                case "TrapNet":
                    Keep(false, "7.18.2-1", annotation.Where, "the PDF has a TrapNet annotation");
                    break;
                case "Link":
                    break;
                default:
                    Keep(parentType == "Annot", "7.18.1-1", annotation.Where, $"the annotation is {Tagged(parent)}, not in an Annot element");
                    break;
            }
            Keep(!string.IsNullOrEmpty(contents) || !string.IsNullOrEmpty(alt), "7.18.1-2", annotation.Where, "the annotation has no /Contents and its element no /Alt");
        }
        foreach (var form in structure.Elements.Where(e => e.StandardType == "Form"))
        {
            Keep(HasRole(pdf, form.Dictionary) || IsSingleObjectReference(pdf, form.Dictionary), "7.18.4-2", form.Where,
                "the Form element has no /Role attribute and more than the widget's OBJR as kids");
        }

        void Keep(bool kept, string rule, string where, string problem)
        {
            if (kept)
            {
                reporter.Pass(this);
            }
            else
            {
                reporter.FailRule(this, Codes.PdfAnnotationInaccessible, pdf, rule, where, problem);
            }
        }
    }

    private static string Tagged(StructNode? parent) => parent is null ? "not in the structure tree" : $"in a {parent.Type} element";

    // A widget's field is the widget itself when merged, or its /Parent; /TU is inheritable (ISO 32000-1, 12.7.3.1).
    private static string? FieldTooltip(PdfFile pdf, DictionaryToken widget)
    {
        for (var (node, depth) = (widget, 0); node is not null && depth < 32; (node, depth) = (pdf.Get<DictionaryToken>(node, "Parent"), depth + 1))
        {
            if (pdf.GetString(node, "TU") is { } tooltip)
            {
                return tooltip;
            }
        }
        return null;
    }

    // ISO 32000-1, 14.8.5.6, Table 348: the PrintField attribute owner's /Role.
    private static bool HasRole(PdfFile pdf, DictionaryToken element)
    {
        element.TryGet(NameToken.Create("A"), out IToken attributes);
        var owners = attributes is null ? [] : pdf.Resolve<IToken>(attributes) switch
        {
            ArrayToken array => array.Data.Select(pdf.Resolve<DictionaryToken>).OfType<DictionaryToken>().ToList(),
            DictionaryToken single => [single],
            _ => [],
        };
        return owners.Any(a => pdf.Get<NameToken>(a, "O")?.Data == "PrintField" && a.ContainsKey(NameToken.Create("Role")));
    }

    private static bool IsSingleObjectReference(PdfFile pdf, DictionaryToken element)
    {
        element.TryGet(NameToken.Create("K"), out IToken kids);
        var resolved = kids is null ? null : pdf.Resolve<IToken>(kids);
        var only = resolved is ArrayToken { Length: 1 } array ? pdf.Resolve<IToken>(array[0]) : resolved;
        return only is DictionaryToken kid && pdf.Get<NameToken>(kid, "Type")?.Data == "OBJR";
    }
}
