using PdfSharp.Pdf;

namespace PartnershipSite.Tests.Support;

/// <summary>Small PDFs made with PDFsharp for the checks: pages with URI link annotations and no text.</summary>
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
                page.AddWebLink(new PdfRectangle(new PdfSharp.Drawing.XPoint(72, y), new PdfSharp.Drawing.XPoint(300, y + 20)), url);
                y += 40;
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
