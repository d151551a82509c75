using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.2 SC 1.1.1 and PDF/UA 7.3: every <c>Figure</c> element of the structure tree (directly or through the
/// role map) has <c>/Alt</c> or <c>/ActualText</c>.
/// </summary>
public sealed class PdfFiguresHaveAltText : IPdfCheck
{
    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var root = pdf.Get<DictionaryToken>(pdf.Catalog, "StructTreeRoot");
        if (root is null)
        {
            return; // PdfIsTagged reports an untagged PDF.
        }
        var roles = pdf.Get<DictionaryToken>(root, "RoleMap");
        var visited = new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance);
        Walk(pdf.Get<IToken>(root, "K"));

        void Walk(IToken? kids)
        {
            switch (kids is null ? null : pdf.Resolve<IToken>(kids))
            {
                case ArrayToken array:
                    foreach (var kid in array.Data)
                    {
                        Walk(kid);
                    }
                    break;
                case DictionaryToken element when visited.Add(element) && pdf.Get<NameToken>(element, "S") is { } type:
                    if (RoleOf(type.Data) == "Figure")
                    {
                        if (element.ContainsKey(NameToken.Create("Alt")) || element.ContainsKey(NameToken.Create("ActualText")))
                        {
                            reporter.Pass(this);
                        }
                        else
                        {
                            reporter.FailWithNote(this, Codes.PdfFigureAltMissing, pdf.Location, pdf.Note);
                        }
                    }
                    Walk(pdf.Get<IToken>(element, "K"));
                    break;
            }
        }

        string RoleOf(string type) => pdf.Get<NameToken>(roles, type)?.Data ?? type;
    }
}
