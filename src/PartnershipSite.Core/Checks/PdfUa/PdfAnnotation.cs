using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// One annotation of a page, with what the PDF/UA-1 7.18 rules read first: its subtype, and whether it is exempt
/// because it is hidden (<c>/F</c> bit 2) or lies wholly outside the page's crop box.
/// </summary>
internal sealed record PdfAnnotation(PdfPage Page, IToken Token, DictionaryToken Dictionary, string Subtype, bool Exempt)
{
    /// <summary>The annotation as diagnostics name it.</summary>
    public string Where => $"{Page.Where}, {Subtype} annotation{PdfUaText.ObjectOf(Token)}";

    /// <summary>Every annotation of every page of <paramref name="pdf"/>, in page order.</summary>
    public static List<PdfAnnotation> ReadAll(PdfFile pdf)
    {
        var annotations = new List<PdfAnnotation>();
        foreach (var page in pdf.Pages)
        {
            var crop = Box(pdf, page.Dictionary, "CropBox") ?? Box(pdf, page.Dictionary, "MediaBox");
            foreach (var token in pdf.Get<ArrayToken>(page.Dictionary, "Annots")?.Data ?? [])
            {
                if (pdf.Resolve<DictionaryToken>(token) is not { } annotation)
                {
                    continue;
                }
                var hidden = ((pdf.Get<NumericToken>(annotation, "F")?.Int ?? 0) & 2) == 2;
                var rect = Box(pdf, annotation, "Rect");
                var outside = crop is { } c && rect is { } r && (r.X2 < c.X1 || r.X1 > c.X2 || r.Y2 < c.Y1 || r.Y1 > c.Y2);
                annotations.Add(new PdfAnnotation(page, token, annotation, pdf.Get<NameToken>(annotation, "Subtype")?.Data ?? "(no subtype)", hidden || outside));
            }
        }
        return annotations;
    }

    // A rectangle entry, normalised; inherited boxes are looked up through /Parent (ISO 32000-1, 7.7.3.4).
    private static (double X1, double Y1, double X2, double Y2)? Box(PdfFile pdf, DictionaryToken dictionary, string key)
    {
        for (var (node, depth) = (dictionary, 0); node is not null && depth < 32; (node, depth) = (pdf.Get<DictionaryToken>(node, "Parent"), depth + 1))
        {
            if (pdf.Get<ArrayToken>(node, key) is { Length: 4 } array && array.Data.Select(t => pdf.Resolve<NumericToken>(t)?.Double).ToList() is [{ } a, { } b, { } c, { } d])
            {
                return (Math.Min(a, c), Math.Min(b, d), Math.Max(a, c), Math.Max(b, d));
            }
            if (key == "Rect")
            {
                break;
            }
        }
        return null;
    }
}
