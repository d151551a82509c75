using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// PDF/UA-1 7.2 (ISO 32000-1, 14.8.4.3.4): tables are built as tables — <c>Table</c> holds rows, row groups and
/// one caption (first or last); rows hold header and data cells; each part sits in the parent its type needs.
/// </summary>
internal sealed class PdfTablesAreWellFormed : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.2-3", "give the Table only TR, THead, TBody, TFoot and Caption kids; wrap other content in a cell."),
        new("7.2-4", "put each TR in a Table, THead, TBody or TFoot."),
        new("7.2-5", "put THead directly in its Table."),
        new("7.2-6", "put TBody directly in its Table."),
        new("7.2-7", "put TFoot directly in its Table."),
        new("7.2-8", "put each TH in a TR."),
        new("7.2-9", "put each TD in a TR."),
        new("7.2-10", "give each TR only TH and TD kids."),
        new("7.2-11", "give the Table at most one THead."),
        new("7.2-12", "give the Table at most one TFoot."),
        new("7.2-13", "put the Table's body rows in a TBody when it has a TFoot."),
        new("7.2-14", "put the Table's body rows in a TBody when it has a THead."),
        new("7.2-16", "put the Table's Caption first or last among its kids."),
        new("7.2-36", "give THead only TR kids."),
        new("7.2-37", "give TBody only TR kids."),
        new("7.2-38", "give TFoot only TR kids."),
        new("7.2-39", "give the Table at most one Caption."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        foreach (var element in pdf.Shared(PdfStructure.Read).Elements)
        {
            var parent = StructureRules.ParentType(element);
            var judge = new ElementJudge(this, reporter, Codes.PdfTableInvalid, pdf, element);
            switch (element.StandardType)
            {
                case "Table":
                    judge.Only("7.2-3", "TR", "THead", "TBody", "TFoot", "Caption");
                    judge.Keep(StructureRules.KidsOf(element, "THead") <= 1, "7.2-11", "the Table has more than one THead");
                    judge.Keep(StructureRules.KidsOf(element, "TFoot") <= 1, "7.2-12", "the Table has more than one TFoot");
                    judge.Keep(StructureRules.KidsOf(element, "TFoot") == 0 || StructureRules.KidsOf(element, "TBody") > 0, "7.2-13", "the Table has a TFoot but no TBody");
                    judge.Keep(StructureRules.KidsOf(element, "THead") == 0 || StructureRules.KidsOf(element, "TBody") > 0, "7.2-14", "the Table has a THead but no TBody");
                    judge.Keep(!StructureRules.MisplacedKid(element, "Caption", orLast: true), "7.2-16", "the Table's Caption is neither its first nor its last kid");
                    judge.Keep(StructureRules.KidsOf(element, "Caption") <= 1, "7.2-39", "the Table has more than one Caption");
                    break;
                case "TR":
                    judge.Keep(parent is "Table" or "THead" or "TBody" or "TFoot", "7.2-4", $"the TR is in a {parent}");
                    judge.Only("7.2-10", "TH", "TD");
                    break;
                case "THead":
                    judge.Keep(parent == "Table", "7.2-5", $"the THead is in a {parent}");
                    judge.Only("7.2-36", "TR");
                    break;
                case "TBody":
                    judge.Keep(parent == "Table", "7.2-6", $"the TBody is in a {parent}");
                    judge.Only("7.2-37", "TR");
                    break;
                case "TFoot":
                    judge.Keep(parent == "Table", "7.2-7", $"the TFoot is in a {parent}");
                    judge.Only("7.2-38", "TR");
                    break;
                case "TH":
                    judge.Keep(parent == "TR", "7.2-8", $"the TH is in a {parent}");
                    break;
                case "TD":
                    judge.Keep(parent == "TR", "7.2-9", $"the TD is in a {parent}");
                    break;
            }
        }
    }
}
