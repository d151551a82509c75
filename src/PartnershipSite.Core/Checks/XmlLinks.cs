using System.Xml;
using System.Xml.Linq;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Checks;

/// <summary>
/// The links in the sitemap and the feeds: sitemap <c>loc</c>, RSS <c>link</c> and <c>enclosure url</c>,
/// Atom <c>link href</c>. Located at their line and column in the XML.
/// </summary>
internal sealed class XmlLinks : ILinkSource
{
    /// <inheritdoc />
    public bool Reads(string outputPath) =>
        outputPath.EndsWith(".xml", StringComparison.Ordinal) || outputPath.EndsWith(".rss", StringComparison.Ordinal)
        || outputPath.EndsWith(".atom", StringComparison.Ordinal);

    /// <inheritdoc />
    public IEnumerable<FoundLink> Extract(OutputFile file, CheckInput input)
    {
        var displayPath = input.DisplayPath(file.Path);
        XDocument document;
        try
        {
            document = XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Content.Span), LoadOptions.SetLineInfo);
        }
        catch (XmlException)
        {
            // Not XML this checker understands; the step that wrote it owns its validity.
            return [];
        }
        return document.Descendants().SelectMany(element => Links(element, file.Path, displayPath)).ToList();
    }

    private static IEnumerable<FoundLink> Links(XElement element, string outputPath, string displayPath)
    {
        var at = element is IXmlLineInfo info && info.HasLineInfo()
            ? new SourceLocation(displayPath, info.LineNumber, info.LinePosition)
            : new SourceLocation(displayPath);
        var note = $"in {outputPath}";
        switch (element.Name.LocalName)
        {
            case "loc":
                yield return new FoundLink(element.Value, "sitemap entry", outputPath, at, note);
                break;
            case "link" when element.Attribute("href") is { } href:
                yield return new FoundLink(href.Value, "feed link", outputPath, at, note);
                break;
            case "link" when !element.HasElements:
                yield return new FoundLink(element.Value, "feed link", outputPath, at, note);
                break;
            case "enclosure" when element.Attribute("url") is { } url:
                yield return new FoundLink(url.Value, "feed enclosure", outputPath, at, note);
                break;
        }
    }
}
