using System.Text.RegularExpressions;
using PartnershipSite.Checks.PdfUa;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.2 SC 3.1.1 and 3.1.2, PDF/UA-1 7.2: the natural language of every text is determined — by the catalog's
/// <c>/Lang</c>, or for a passage by the <c>/Lang</c> of its structure element or an ancestor — and every
/// <c>/Lang</c> is a language tag. Without a catalog <c>/Lang</c> each rule is reported once per PDF, with a
/// count and the first place, rather than once per paragraph.
/// </summary>
internal sealed partial class PdfDeclaresLanguage : IPdfUaCheck
{
    private const string SetLang = "set the catalog's /Lang to the document's language, e.g. en-GB (WCAG 2.2 SC 3.1.1)";

    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.2-2", SetLang + ", which outline entries inherit."),
        new("7.2-21", SetLang + ", or /Lang on the element with /ActualText."),
        new("7.2-22", SetLang + ", or /Lang on the element with /Alt."),
        new("7.2-23", SetLang + ", or /Lang on the element with /E."),
        new("7.2-24", SetLang + ", or /Lang on the annotation."),
        new("7.2-25", SetLang + ", or /Lang on the form field."),
        new("7.2-29", "write each /Lang as a language tag (RFC 3066 / BCP 47), e.g. en-GB or cy.",
            "/Lang in marked-content property lists is not read (the content streams are not parsed); in an encrypted PDF PdfPig 0.1.16 hands the catalog's /Lang over undecrypted, so it is judged wrongly."),
        new("7.2-33", SetLang + ", which the XMP's x-default entries inherit."),
        new("7.2-34", SetLang + ", or /Lang on every structure element that holds text.",
            "Judged on the structure tree: text in artifacts, or marked with /Lang in the content stream itself, is not read."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var structure = pdf.Shared(PdfStructure.Read);
        var catalogLang = pdf.GetString(pdf.Catalog, "Lang");
        var hasCatalogLang = catalogLang is not null;

        // 7.2-29: every /Lang is a language tag.
        var tags = new List<(string Where, string Lang)>();
        if (catalogLang is not null)
        {
            tags.Add(("document catalog", catalogLang));
        }
        tags.AddRange(structure.Elements.Select(e => (e.Where, Lang: pdf.GetString(e.Dictionary, "Lang")!)).Where(t => t.Lang is not null));
        foreach (var (where, lang) in tags)
        {
            Keep(LanguageTag().IsMatch(lang), "7.2-29", where, $"/Lang '{lang}' is not a language tag");
        }
        if (hasCatalogLang)
        {
            // Every other rule holds: the catalog's language determines what nothing else does.
            reporter.Pass(this);
            return;
        }

        // 7.2-34, 7.2-21 to 7.2-23: text, and each alternative, needs a language of its own or from an ancestor.
        var undetermined = structure.Elements.Where(e => e.InheritedLang(pdf) is null).ToList();
        Report("7.2-34", undetermined.Where(e => e.HasContent).Select(e => e.Where), "structure element holding content has no language (no /Lang on it or its ancestors, none in the catalog)");
        foreach (var (key, rule) in new[] { ("ActualText", "7.2-21"), ("Alt", "7.2-22"), ("E", "7.2-23") })
        {
            Report(rule, undetermined.Where(e => e.Dictionary.ContainsKey(NameToken.Create(key))).Select(e => e.Where), $"/{key} has no language (no /Lang on its element or their ancestors, none in the catalog)");
        }
        // 7.2-24: annotation contents; 7.2-25: form field descriptions; 7.2-2: outline entries; 7.2-33: XMP x-default.
        Report("7.2-24", pdf.Shared(PdfAnnotation.ReadAll)
            .Where(a => a.Dictionary.ContainsKey(NameToken.Create("Contents")) && !a.Dictionary.ContainsKey(NameToken.Create("Lang")))
            .Select(a => a.Where), "annotation /Contents has no language (no /Lang on it, none in the catalog)");
        Report("7.2-25", FormFields(pdf).Where(f => f.Field.ContainsKey(NameToken.Create("TU")) && !f.Field.ContainsKey(NameToken.Create("Lang")))
            .Select(f => f.Where), "form field description (/TU) has no language (no /Lang on it, none in the catalog)");
        var outlines = pdf.Get<DictionaryToken>(pdf.Catalog, "Outlines");
        Report("7.2-2", outlines?.ContainsKey(NameToken.Create("First")) == true ? ["outline (bookmarks)"] : [], "outline's entries have no language (none in the catalog)");
        var xmp = pdf.Shared(PdfXmp.Read).Xml;
        var defaults = xmp?.Descendants(PdfXmp.Rdf + "li").Count(li => (string?)li.Attribute(System.Xml.Linq.XNamespace.Xml + "lang") == "x-default") ?? 0;
        Report("7.2-33", Enumerable.Repeat("metadata stream", defaults), "x-default metadata entry has no language (none in the catalog)");

        void Report(string rule, IEnumerable<string> places, string problem)
        {
            var list = places.ToList();
            if (list.Count == 0)
            {
                reporter.Pass(this);
                return;
            }
            var more = list.Count == 1 ? "" : $"; so do {list.Count - 1} more";
            reporter.FailRule(this, Codes.PdfLanguageMissing, pdf, rule, list[0], $"the {problem}{more}");
        }

        void Keep(bool kept, string rule, string where, string problem)
        {
            if (kept)
            {
                reporter.Pass(this);
            }
            else
            {
                reporter.FailRule(this, Codes.PdfLanguageMissing, pdf, rule, where, problem);
            }
        }
    }

    // The fields of the interactive form, with their kids (ISO 32000-1, 12.7.3).
    private static IEnumerable<(DictionaryToken Field, string Where)> FormFields(PdfFile pdf)
    {
        var pending = new Stack<IToken>(pdf.Get<ArrayToken>(pdf.Get<DictionaryToken>(pdf.Catalog, "AcroForm"), "Fields")?.Data ?? []);
        var seen = new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0 && seen.Count < 100_000)
        {
            var token = pending.Pop();
            if (pdf.Resolve<DictionaryToken>(token) is not { } field || !seen.Add(field))
            {
                continue;
            }
            yield return (field, "form field" + PdfUaText.ObjectOf(token));
            foreach (var kid in pdf.Get<ArrayToken>(field, "Kids")?.Data ?? [])
            {
                pending.Push(kid);
            }
        }
    }

    // veraPDF's test of 7.2-29 (CosLang): a language tag's shape per RFC 3066.
    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
