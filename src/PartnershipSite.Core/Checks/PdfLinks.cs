using PartnershipSite.IO;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>
/// The URI link annotations in each PDF (<c>/Annots</c> with a <c>/URI</c> action), read from the page dictionaries
/// without parsing the content. A PDF has no lines, so each link is reported at the PDF with its page in the message.
/// </summary>
internal sealed class PdfLinks : ILinkSource
{
    /// <inheritdoc />
    public bool Reads(string outputPath) => outputPath.EndsWith(".pdf", StringComparison.Ordinal);

    /// <inheritdoc />
    public IEnumerable<FoundLink> Extract(OutputFile file, CheckInput input)
    {
        var displayPath = input.DisplayPath(file.Path);
        try
        {
            using var document = PdfDocument.Open(file.Content.ToArray());
            return Extract(new PdfFile(file, document, displayPath, file.Source, url => input.PdfLinkSource(file, url)));
        }
        catch (Exception e) when (e is PdfDocumentFormatException or UglyToad.PdfPig.Fonts.InvalidFontFormatException)
        {
            // SiteChecker reports the unreadable PDF (PS0436); there are no links to give.
            return [];
        }
    }

    /// <summary>The links of an open PDF.</summary>
    public static List<FoundLink> Extract(PdfFile pdf)
    {
        var links = new List<FoundLink>();
        foreach (var page in pdf.Pages)
        {
            foreach (var token in pdf.Get<ArrayToken>(page.Dictionary, "Annots")?.Data ?? [])
            {
                var annotation = pdf.Resolve<DictionaryToken>(token);
                if (pdf.Get<NameToken>(annotation, "Subtype")?.Data != "Link")
                {
                    continue;
                }
                var action = pdf.Get<DictionaryToken>(annotation, "A");
                if (pdf.Get<NameToken>(action, "S")?.Data == "URI" && pdf.GetString(action, "URI") is { } uri)
                {
                    links.Add(new FoundLink(uri, $"PDF link on page {page.Number}", pdf.File.Path, pdf.LocateLink(uri), $"in {pdf.File.Path}"));
                }
            }
        }
        return links;
    }
}
