using System.Collections.Frozen;
using PartnershipSite.Caching;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// The rules of the profile no check tests, each with why: not applicable to what the generator makes (and so not
/// tested by <c>check</c> either), or not implemented yet. A data table; <see cref="PdfUaCatalogue"/> fails when a
/// rule is both here and claimed by a check, or in neither.
/// </summary>
internal static class PdfUaUncovered
{
    private const string ContentStreams = "needs the page content streams parsed (marked-content sequences and text-showing operators); the checks read dictionaries only, to stay fast over every PDF of a build";
    private const string FontPrograms = "needs the embedded font programs parsed (glyph, width or cmap tables); the checks read font dictionaries only";

    /// <summary>Each uncovered rule's state and reason, by rule id.</summary>
    public static FrozenDictionary<string, (PdfUaState State, string Reason)> Rules { get; } = new Dictionary<string, (PdfUaState, string)>
    {
        ["7.2-15"] = (PdfUaState.NotImplemented, "needs each cell's row and column from /RowSpan and /ColSpan attributes laid out on a grid; not yet written."),
        ["7.2-41"] = (PdfUaState.NotImplemented, "needs the table laid out on a grid with row and column spans; not yet written."),
        ["7.2-42"] = (PdfUaState.NotImplemented, "needs the table laid out on a grid with row and column spans; not yet written."),
        ["7.2-43"] = (PdfUaState.NotImplemented, "needs the table laid out on a grid with row and column spans; not yet written."),
        ["7.5-1"] = (PdfUaState.NotImplemented, "needs each data cell's headers found through /Headers and /ID or the header cells' /Scope on the table grid; not yet written."),
        ["7.5-2"] = (PdfUaState.NotImplemented, "needs each data cell's headers found through /Headers and /ID or the header cells' /Scope on the table grid; not yet written."),
        ["7.18.6.2-1"] = (PdfUaState.NotApplicable, "the generator makes no media (screen annotations and rendition actions); finding media clip dictionaries means walking every action of every annotation."),
        ["7.18.6.2-2"] = (PdfUaState.NotApplicable, "the generator makes no media (screen annotations and rendition actions); finding media clip dictionaries means walking every action of every annotation."),
        ["7.20-2"] = (PdfUaState.NotImplemented, ContentStreams + " (which structure elements a form XObject's content belongs to). The generator draws no form XObjects."),
        ["7.21.3.3-2"] = (PdfUaState.NotApplicable, "the generator's composite fonts use the predefined Identity-H CMap, never an embedded one; comparing an embedded CMap's WMode needs the CMap program parsed."),
        ["7.21.3.3-3"] = (PdfUaState.NotApplicable, "the generator's composite fonts use the predefined Identity-H CMap, so no embedded CMap can use another; finding /UseCMap needs the CMap program parsed."),
        ["7.21.4.1-2"] = (PdfUaState.NotImplemented, FontPrograms + ", and the character codes of every text-showing operator."),
        ["7.21.4.2-1"] = (PdfUaState.NotApplicable, "the generator embeds TrueType fonts only, never Type 1 (the only fonts with /CharSet); checking /CharSet needs the Type 1 program parsed."),
        ["7.21.4.2-2"] = (PdfUaState.NotImplemented, FontPrograms + " (the CIDs present, against /CIDSet). PDFsharp's subsets carry no /CIDSet."),
        ["7.21.5-1"] = (PdfUaState.NotImplemented, FontPrograms + " (hmtx widths against /W and /Widths)."),
        ["7.21.6-1"] = (PdfUaState.NotApplicable, "the generator embeds composite (Type 0) fonts only, never simple TrueType fonts, whose cmap subtables this rule reads; " + FontPrograms + "."),
        ["7.21.6-4"] = (PdfUaState.NotApplicable, "the generator embeds composite (Type 0) fonts only, never simple TrueType fonts, whose cmap subtables this rule reads; " + FontPrograms + "."),
        ["7.21.8-1"] = (PdfUaState.NotImplemented, FontPrograms + ", and the character codes of every text-showing operator (which glyph each code selects)."),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
