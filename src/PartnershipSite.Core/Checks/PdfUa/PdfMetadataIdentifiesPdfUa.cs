using System.Xml.Linq;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// PDF/UA-1 5 and 7.1: the catalog has an XMP metadata stream (<c>/Type /Metadata /Subtype /XML</c>, well-formed
/// XML) that identifies the file as PDF/UA-1 (<c>pdfuaid:part</c> 1, with the <c>pdfuaid</c> prefix) and has a
/// <c>dc:title</c>.
/// </summary>
internal sealed class PdfMetadataIdentifiesPdfUa : IPdfUaCheck
{
    private const string Fix = "write an XMP packet with dc:title and pdfuaid:part 1 (namespace http://www.aiim.org/pdfua/ns/id/, prefix pdfuaid), XML-escaped, as the catalog's /Metadata stream.";

    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("5-1", Fix),
        new("5-2", "set pdfuaid:part to 1, the part of ISO 14289 the file conforms to."),
        new("5-3", "write the part property with the prefix pdfuaid."),
        new("5-4", "write the amd property with the prefix pdfuaid."),
        new("5-5", "write the corr property with the prefix pdfuaid."),
        new("7.1-8", "give the catalog a /Metadata stream with /Type /Metadata and /Subtype /XML holding well-formed XMP."),
        new("7.1-9", "put the document's title in the XMP as dc:title."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var xmp = pdf.Shared(PdfXmp.Read);
        var where = "metadata stream" + PdfUaText.ObjectOf(xmp.Token);
        var dictionary = xmp.StreamDictionary;
        var typed = dictionary is not null && pdf.Get<NameToken>(dictionary, "Type")?.Data == "Metadata" && pdf.Get<NameToken>(dictionary, "Subtype")?.Data == "XML";
        if (xmp.Xml is null || !typed)
        {
            reporter.FailRule(this, Codes.PdfMetadataIncomplete, pdf, "7.1-8", xmp.Xml is null && dictionary is null ? "document catalog" : where,
                xmp.Xml is null ? xmp.Problem : "the metadata stream lacks /Type /Metadata or /Subtype /XML");
            if (xmp.Xml is null)
            {
                return; // Nothing to read the other rules from.
            }
        }
        else
        {
            reporter.Pass(this);
        }
        var parts = xmp.Properties(PdfXmp.PdfUaId + "part").ToList();
        if (parts.Count == 0)
        {
            reporter.FailRule(this, Codes.PdfMetadataIncomplete, pdf, "5-1", where, "the XMP has no PDF/UA identification (pdfuaid:part)");
        }
        else
        {
            reporter.Pass(this);
            var value = parts[0] is XElement e ? e.Value.Trim() : ((XAttribute)parts[0]).Value.Trim();
            Keep(value == "1", "5-2", $"pdfuaid:part is '{value}', not 1");
        }
        foreach (var (name, rule) in new[] { ("part", "5-3"), ("amd", "5-4"), ("corr", "5-5") })
        {
            foreach (var property in xmp.Properties(PdfXmp.PdfUaId + name))
            {
                var prefix = property is XElement element ? element.GetPrefixOfNamespace(PdfXmp.PdfUaId) : ((XAttribute)property).Parent?.GetPrefixOfNamespace(PdfXmp.PdfUaId);
                Keep(prefix == "pdfuaid", rule, $"the {name} property has the prefix '{prefix}', not pdfuaid");
            }
        }
        Keep(xmp.Properties(PdfXmp.Dc + "title").Any(), "7.1-9", "the XMP has no dc:title");

        void Keep(bool kept, string rule, string problem)
        {
            if (kept)
            {
                reporter.Pass(this);
            }
            else
            {
                reporter.FailRule(this, Codes.PdfMetadataIncomplete, pdf, rule, where, problem);
            }
        }
    }
}
