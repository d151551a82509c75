using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Core;

namespace PartnershipSite.Checks;

/// <summary>
/// The URI link annotations in each PDF (PdfPig), named by page and link text. A PDF has no lines, so each link
/// is reported at the PDF file with its page in the message.
/// </summary>
public sealed class PdfLinks : ILinkSource
{
    /// <inheritdoc />
    public bool Reads(string outputPath) => outputPath.EndsWith(".pdf", StringComparison.Ordinal);

    /// <inheritdoc />
    public IEnumerable<FoundLink> Extract(OutputFile file, string displayPath)
    {
        var links = new List<FoundLink>();
        try
        {
            using var document = PdfDocument.Open(file.Content.ToArray());
            foreach (var page in document.GetPages())
            {
                var texts = page.GetHyperlinks().ToDictionary(h => h.Annotation, h => h.Text.Trim());
                foreach (var annotation in page.GetAnnotations())
                {
                    if (annotation.Type != AnnotationType.Link || annotation.Action is not UriAction { Uri: { } uri })
                    {
                        continue;
                    }
                    var text = texts.GetValueOrDefault(annotation, "");
                    var label = text.Length > 0 ? $"PDF link '{text}' on page {page.Number}" : $"PDF link on page {page.Number}";
                    links.Add(new FoundLink(uri, label, file.Path, new SourceLocation(displayPath), $"in {file.Path}"));
                }
            }
        }
        catch (Exception e) when (e is PdfDocumentFormatException or UglyToad.PdfPig.Fonts.InvalidFontFormatException)
        {
            // SiteChecker reports the unreadable PDF (PS0436); there are no links to give.
        }
        return links;
    }
}
