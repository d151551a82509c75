using System.Xml;
using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>The catalog's XMP metadata stream, read and parsed once per PDF: its dictionary, its XML, or why it has none.</summary>
internal sealed class PdfXmp
{
    /// <summary>The XMP namespace of the PDF/UA identification schema (ISO 14289-1, 5).</summary>
    public static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";

    /// <summary>The Dublin Core namespace.</summary>
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>The RDF namespace.</summary>
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private PdfXmp(DictionaryToken? stream, IToken? token, XDocument? xml, string problem)
    {
        StreamDictionary = stream;
        Token = token;
        Xml = xml;
        Problem = problem;
    }

    /// <summary>The metadata stream's dictionary, or null when the catalog has no /Metadata stream.</summary>
    public DictionaryToken? StreamDictionary { get; }

    /// <summary>The catalog's /Metadata entry, for naming its object.</summary>
    public IToken? Token { get; }

    /// <summary>The parsed packet, or null when there is none or it is not well-formed XML.</summary>
    public XDocument? Xml { get; }

    /// <summary>Why there is no packet, or empty.</summary>
    public string Problem { get; }

    /// <summary>The properties named <paramref name="name"/>, written as elements or as attributes of <c>rdf:Description</c> (XMP, 7.5).</summary>
    public IEnumerable<XObject> Properties(XName name) =>
        Xml is null ? [] : Xml.Descendants(name).Cast<XObject>().Concat(Xml.Descendants(Rdf + "Description").Attributes(name));

    /// <summary>Reads the metadata of <paramref name="pdf"/>.</summary>
    public static PdfXmp Read(PdfFile pdf)
    {
        pdf.Catalog.TryGet(NameToken.Create("Metadata"), out IToken token);
        if (token is null || pdf.Resolve<StreamToken>(token) is not { } stream)
        {
            return new PdfXmp(null, token, null, "the catalog has no /Metadata stream");
        }
        try
        {
            if (!pdf.Document.TryGetXmpMetadata(out var metadata))
            {
                return new PdfXmp(stream.StreamDictionary, token, null, "the metadata stream cannot be read");
            }
            using var reader = XmlReader.Create(new MemoryStream(metadata.GetXmlBytes().ToArray()), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            return new PdfXmp(stream.StreamDictionary, token, XDocument.Load(reader), "");
        }
        catch (XmlException e)
        {
            return new PdfXmp(stream.StreamDictionary, token, null, $"the metadata stream is not well-formed XML ({e.Message})");
        }
    }
}
