using System.Security.Cryptography;
using PdfSharp.Pdf;

namespace PartnershipSite.Pdf;

// Document-level parts of the PDF: the information dictionary and viewer preferences, and the outline (bookmarks).
internal static partial class PdfRenderer
{
    private static void Describe(PdfDocument document, PdfDocumentInfo info)
    {
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Subject;
        document.Info.Keywords = info.Keywords;
        document.Info.Creator = "PartnershipSite";
        document.Info.CreationDate = info.Created.UtcDateTime;
        document.Info.ModificationDate = info.Modified.UtcDateTime;
        document.PageMode = PdfPageMode.UseOutlines;
        // ISO 32000-1, 12.6.4.7: the catalog's URI dictionary gives the base that relative URIs resolve against. Every
        // link is written absolute as well (a reader that ignores /Base, or a PDF saved to disk, still gets there).
        var uri = new PdfDictionary(document);
        uri.Elements.SetString("/Base", info.Base.AbsoluteUri);
        document.Internals.Catalog.Elements["/URI"] = uri;
        // Reproducible output: the file identifier comes from the release, not from a random GUID.
        var id = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(info.Identifier))[..16]);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        // Uncompressed content streams: chosen when PDFsharp's unterminated Flate streams were kept as written. SingleRevision
        // now re-encodes Flate streams, so compressing content would be safe; it is left as it was (smaller PDFs, unmeasured).
        document.Options.CompressContentStreams = false;
    }

    private static void Bookmarks(PdfDocument document, PageModel model, List<PdfPage> pages)
    {
        var parents = new Dictionary<int, PdfOutlineCollection> { [0] = document.Outlines };
        foreach (var entry in model.Outline)
        {
            var parentLevel = parents.Keys.Where(level => level < entry.Level).Max();
            var outline = parents[parentLevel].Add(entry.Title, pages[entry.Page - 1], true);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            // /XYZ takes PDF user space (origin bottom left); the layout measures from the top.
            outline.Top = model.Geometry.Height - entry.Top;
            foreach (var deeper in parents.Keys.Where(level => level >= entry.Level).ToList())
            {
                parents.Remove(deeper);
            }
            parents[entry.Level] = outline.Outlines;
        }
    }
}
