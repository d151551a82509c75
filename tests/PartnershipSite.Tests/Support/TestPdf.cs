using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace PartnershipSite.Tests.Support;

/// <summary>Small PDFs made with PDFsharp for the checks: link annotations and the dictionaries accessibility needs.</summary>
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

    /// <summary>
    /// A one-page PDF that keeps every PDF rule (tagged, /Lang, title shown, font embedded, figure alt text, link
    /// tagged) unless told otherwise. The font is declared and "embedded" as a placeholder stream: the checks read
    /// the dictionaries, not the glyphs.
    /// </summary>
    public static byte[] Accessible(bool tagged = true, string? lang = "en-GB", string? title = "A release", bool displayTitle = true,
        bool embedFont = true, bool figureAlt = true, bool tagLinks = true)
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        var catalog = document.Internals.Catalog;
        if (title is not null)
        {
            document.Info.Title = title;
        }
        document.ViewerPreferences.DisplayDocTitle = displayTitle;
        if (lang is not null)
        {
            catalog.Elements["/Lang"] = new PdfString(lang);
        }

        var descriptor = Indirect(document, ("/Type", new PdfName("/FontDescriptor")), ("/FontName", new PdfName("/TestSans")));
        if (embedFont)
        {
            var file = new PdfDictionary(document);
            file.CreateStream([0]);
            document.Internals.AddObject(file);
            descriptor.Elements["/FontFile2"] = file.Reference;
        }
        var font = Indirect(document, ("/Type", new PdfName("/Font")), ("/Subtype", new PdfName("/TrueType")),
            ("/BaseFont", new PdfName("/TestSans")), ("/FontDescriptor", descriptor.Reference!),
            ("/FirstChar", new PdfInteger(32)), ("/LastChar", new PdfInteger(32)), ("/Widths", new PdfArray(document, new PdfInteger(250))));
        var fonts = new PdfDictionary(document);
        fonts.Elements["/F1"] = font.Reference;
        page.Resources.Elements["/Font"] = fonts;

        var link = page.AddWebLink(Box(100), "https://example.gov.uk/");
        if (tagLinks)
        {
            link.Elements["/StructParent"] = new PdfInteger(0);
        }
        if (tagged)
        {
            var mark = new PdfDictionary(document);
            mark.Elements["/Marked"] = new PdfBoolean(true);
            catalog.Elements["/MarkInfo"] = mark;
            var figure = new PdfDictionary(document);
            figure.Elements["/S"] = new PdfName("/Figure");
            if (figureAlt)
            {
                figure.Elements["/Alt"] = new PdfString("Bar chart of investment by year");
            }
            var root = Indirect(document, ("/Type", new PdfName("/StructTreeRoot")), ("/K", new PdfArray(document, figure)));
            catalog.Elements["/StructTreeRoot"] = root.Reference;
        }
        return Save(document);
    }

    private static PdfDictionary Indirect(PdfDocument document, params (string Key, PdfItem Value)[] entries)
    {
        var dictionary = new PdfDictionary(document);
        foreach (var (key, value) in entries)
        {
            dictionary.Elements[key] = value;
        }
        document.Internals.AddObject(dictionary);
        return dictionary;
    }

    private static PdfRectangle Box(double y) => new(new XPoint(72, y), new XPoint(300, y + 20));

    private static byte[] Save(PdfDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
