using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace PartnershipSite.Pdf;

/// <summary>
/// Keeps PDFsharp's parent tree short while pages are drawn. For every marked-content sequence, PDFsharp's
/// structure builder finds the current page's entry by scanning the whole <c>/ParentTree /Nums</c> array, which
/// holds an entry for every page and link so far: a 1,000-page release spent most of its PDF time in that scan.
/// Entries of finished pages are never looked up again, so they wait aside while the next page is drawn and are put
/// back in front, in the same (increasing key) order, before the document is saved. The file is byte for byte the
/// one PDFsharp writes without this.
/// </summary>
internal sealed class ParentTreeWindow(UAManager ua)
{
    private readonly List<PdfItem> _finished = [];

    /// <summary>Sets the entries made so far aside; call before drawing on a new page.</summary>
    public void NextPage()
    {
        if (Nums() is not { } nums)
        {
            return;
        }
        for (var i = 0; i < nums.Elements.Count; i++)
        {
            _finished.Add(nums.Elements[i]);
        }
        nums.Elements.Clear();
    }

    /// <summary>Puts every entry set aside back in front of the current ones; call once, after the last page.</summary>
    public void Restore()
    {
        if (_finished.Count == 0 || Nums() is not { } nums)
        {
            return;
        }
        for (var i = _finished.Count - 1; i >= 0; i--)
        {
            nums.Elements.Insert(0, _finished[i]);
        }
        _finished.Clear();
    }

    private PdfArray? Nums() =>
        ua.StructureTreeRoot.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");
}
