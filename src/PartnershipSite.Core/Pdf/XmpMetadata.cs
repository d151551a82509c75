using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PartnershipSite.Pdf;

/// <summary>The XMP packet PDF/UA-1 asks for (ISO 14289-1, 5 and 7.1): title, language and <c>pdfuaid:part</c>, escaped by System.Xml.</summary>
internal static class XmpMetadata
{
    private static readonly XNamespace X = "adobe:ns:meta/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";

    /// <summary>The packet as UTF-8 bytes.</summary>
    public static byte[] Create(PdfDocumentInfo info)
    {
        var description = new XElement(Rdf + "Description",
            new XAttribute(Rdf + "about", ""),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "pdf", Pdf),
            new XAttribute(XNamespace.Xmlns + "xmp", Xmp),
            new XAttribute(XNamespace.Xmlns + "pdfuaid", PdfUaId),
            new XElement(Dc + "format", "application/pdf"),
            new XElement(Dc + "title", Alt(info.Title)),
            new XElement(Dc + "creator", new XElement(Rdf + "Seq", new XElement(Rdf + "li", info.Author))),
            new XElement(Dc + "description", Alt(info.Subject)),
            new XElement(Dc + "language", new XElement(Rdf + "Bag", new XElement(Rdf + "li", info.Language))),
            new XElement(Pdf + "Keywords", info.Keywords),
            new XElement(Xmp + "CreatorTool", "PartnershipSite"),
            new XElement(Xmp + "CreateDate", Date(info.Created)),
            new XElement(Xmp + "ModifyDate", Date(info.Modified)),
            new XElement(PdfUaId + "part", 1));
        var document = new XDocument(
            new XProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""),
            new XElement(X + "xmpmeta", new XAttribute(XNamespace.Xmlns + "x", X),
                new XElement(Rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", Rdf), description)),
            new XProcessingInstruction("xpacket", "end=\"r\""));
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }

    private static XElement Alt(string text) =>
        new(Rdf + "Alt", new XElement(Rdf + "li", new XAttribute(XNamespace.Xml + "lang", "x-default"), text));

    private static string Date(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
