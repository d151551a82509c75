using System.Collections.Immutable;
using System.Xml;
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
    public IEnumerable<FoundLink> Extract(OutputFile file, CheckInput input) => Read(file, input, null).Links;

    /// <summary>
    /// The links of <paramref name="file"/>, and when <paramref name="entries"/> is given, the ids of its feed entries
    /// it collects in the same pass (null when the file is not well-formed XML: no links, no ids).
    /// </summary>
    internal static (IReadOnlyList<FoundLink> Links, ImmutableArray<string>? Ids) Read(OutputFile file, CheckInput input, Parity.EntryIdCollector? entries)
    {
        var displayPath = input.DisplayPath(file.Path);
        var note = $"in {file.Path}";
        // Read as a stream, not into a tree: a site's feeds can hold every release in full, tens of megabytes each.
        // The links come in the order their elements start, as a tree's descendants would give them.
        var links = new List<FoundLink?>();
        var open = new Stack<Open>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, XmlResolver = null };
        try
        {
            // From the bytes, not a string of them (a feed can be tens of megabytes).
            using var reader = XmlReader.Create(ByteStreams.Over(file.Content), settings);
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        entries?.Element(reader);
                        foreach (var element in open)
                        {
                            element.HasElements = true;
                        }
                        var at = info.HasLineInfo() ? new SourceLocation(displayPath, info.LineNumber, info.LinePosition) : new SourceLocation(displayPath);
                        var name = reader.LocalName;
                        if (name == "link" && reader.GetAttribute("href") is { } href)
                        {
                            links.Add(new FoundLink(href, "feed link", file.Path, at, note));
                        }
                        else if (name == "enclosure" && reader.GetAttribute("url") is { } url)
                        {
                            links.Add(new FoundLink(url, "feed enclosure", file.Path, at, note));
                        }
                        var label = name switch { "loc" => "sitemap entry", "link" when reader.GetAttribute("href") is null => "feed link", _ => null };
                        if (label is not null)
                        {
                            // Its text is all the text inside it; a link with elements inside is not a link to read.
                            links.Add(null);
                            var element = new Open(label, at, links.Count - 1, name == "link");
                            if (reader.IsEmptyElement)
                            {
                                links[element.Slot] = new FoundLink("", label, file.Path, at, note);
                            }
                            else
                            {
                                open.Push(element);
                            }
                        }
                        else if (!reader.IsEmptyElement)
                        {
                            open.Push(new Open(null, at, -1, false));
                        }
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                        entries?.Text(reader);
                        foreach (var element in open)
                        {
                            if (element.Label is not null)
                            {
                                element.Text.Append(reader.Value);
                            }
                        }
                        break;
                    case XmlNodeType.EndElement:
                        entries?.EndElement(reader);
                        var closed = open.Pop();
                        if (closed.Label is { } closedLabel && !(closed.TextOnly && closed.HasElements))
                        {
                            links[closed.Slot] = new FoundLink(closed.Text.ToString(), closedLabel, file.Path, closed.At, note);
                        }
                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Not XML this checker understands; the step that wrote it owns its validity.
            return ([], null);
        }
        return ([.. links.OfType<FoundLink>()], entries?.Ids);
    }

    // An element being read: a link whose text is still coming (Label set), or any other element (to mark its
    // ancestors as having elements).
    private sealed class Open(string? label, SourceLocation at, int slot, bool textOnly)
    {
        public string? Label { get; } = label;
        public SourceLocation At { get; } = at;
        public int Slot { get; } = slot;
        public bool TextOnly { get; } = textOnly;
        public bool HasElements { get; set; }
        public System.Text.StringBuilder Text => _text ??= new();
        private System.Text.StringBuilder? _text;
    }
}
