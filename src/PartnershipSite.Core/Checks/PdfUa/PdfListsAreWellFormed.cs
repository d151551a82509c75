using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// PDF/UA-1 7.2 (ISO 32000-1, 14.8.4.3.3 and 14.8.4.3.2): lists and tables of contents are built as such —
/// <c>L</c> holds items (and nested lists, and a caption first), <c>LI</c> holds a label and a body, <c>TOC</c>
/// holds entries, and each part sits in the parent its type needs.
/// </summary>
internal sealed class PdfListsAreWellFormed : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.2-17", "put each LI in an L."),
        new("7.2-18", "put each LBody in an LI."),
        new("7.2-19", "give the L only L, LI and Caption kids."),
        new("7.2-20", "give each LI only Lbl and LBody kids."),
        new("7.2-26", "put each TOCI in a TOC."),
        new("7.2-27", "give the TOC only TOC, TOCI and Caption kids."),
        new("7.2-28", "put the TOC's Caption first among its kids."),
        new("7.2-40", "put the L's Caption first among its kids."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        foreach (var element in pdf.Shared(PdfStructure.Read).Elements)
        {
            var parent = StructureRules.ParentType(element);
            var judge = new ElementJudge(this, reporter, Codes.PdfListInvalid, pdf, element);
            switch (element.StandardType)
            {
                case "L":
                    judge.Only("7.2-19", "L", "LI", "Caption");
                    judge.Keep(!StructureRules.MisplacedKid(element, "Caption", orLast: false), "7.2-40", "the L's Caption is not its first kid");
                    break;
                case "LI":
                    judge.Keep(parent == "L", "7.2-17", $"the LI is in a {parent}");
                    judge.Only("7.2-20", "Lbl", "LBody");
                    break;
                case "LBody":
                    judge.Keep(parent == "LI", "7.2-18", $"the LBody is in a {parent}");
                    break;
                case "TOC":
                    judge.Only("7.2-27", "TOC", "TOCI", "Caption");
                    judge.Keep(!StructureRules.MisplacedKid(element, "Caption", orLast: false), "7.2-28", "the TOC's Caption is not its first kid");
                    break;
                case "TOCI":
                    judge.Keep(parent == "TOC", "7.2-26", $"the TOCI is in a {parent}");
                    break;
            }
        }
    }
}
