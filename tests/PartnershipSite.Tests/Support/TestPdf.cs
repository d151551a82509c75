using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace PartnershipSite.Tests.Support;

/// <summary>Small PDFs made with PDFsharp for the link checks (PDF/UA rules are tested on our own PDFs, edited: PdfEdit).</summary>
public static class TestPdf
{
    /// <summary>A PDF with one page per entry, each holding link annotations to the given URLs.</summary>
    public static byte[] WithLinks(params string[][] pages)
    {
        using var document = new PdfDocument();
        foreach (var urls in pages)
        {
            var page = document.AddPage();
            var y = 100.0;
            foreach (var url in urls)
            {
                page.AddWebLink(Box(y), url);
                y += 40;
            }
        }
        return Save(document);
    }

    private static PdfRectangle Box(double y) => new(new XPoint(72, y), new XPoint(300, y + 20));

    private static byte[] Save(PdfDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
