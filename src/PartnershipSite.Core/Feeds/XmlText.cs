using System.Xml;

namespace PartnershipSite.Feeds;

/// <summary>
/// Writes XML as the site publishes it: UTF-8 without a byte-order mark, two-space indents, <c>\n</c> line ends, and
/// XmlWriter's character checks on (a C0 control or U+FFFE that got past the text policy is a bug, not output).
/// </summary>
internal static class XmlText
{
    private static readonly XmlWriterSettings Document = new()
    {
        Encoding = Text.Utf8.Strict,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CheckCharacters = true,
    };

    private static readonly XmlWriterSettings Fragments = WithFragments();

    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the document as text.</summary>
    public static string Write(Action<XmlWriter> write) => Text.Utf8.Strict.GetString(WriteBytes(write));

    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the document, ended by a line feed, as UTF-8.</summary>
    public static byte[] WriteBytes(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Document))
        {
            write(writer);
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>
    /// One element as it appears inside a document whose open elements <paramref name="ancestors"/> writes (with
    /// their namespace declarations): the bytes from the line break before its start tag to its end tag. Written once,
    /// the element can be spliced into every document with the same ancestors (<see cref="Splice"/>).
    /// </summary>
    public static ReadOnlyMemory<byte> Fragment(Action<XmlWriter> ancestors, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using var writer = XmlWriter.Create(stream, Fragments);
        ancestors(writer);
        // An empty placeholder ends the ancestors' start tags, so what follows starts with the element's own indent.
        writer.WriteStartElement("placeholder");
        writer.WriteEndElement();
        writer.Flush();
        var start = (int)stream.Length;
        write(writer);
        writer.Flush();
        return stream.GetBuffer().AsMemory(start, (int)stream.Length - start).ToArray();
    }

    /// <summary>
    /// A document: <paramref name="head"/> writes its start and leaves the elements that hold the items open; the
    /// <paramref name="items"/> (from <see cref="Fragment"/>, with the same open elements) follow; the writer then
    /// closes what is open, indented as if it had written the items itself.
    /// </summary>
    public static byte[] Splice(Action<XmlWriter> head, IReadOnlyList<ReadOnlyMemory<byte>> items)
    {
        using var stream = new MemoryStream();
        int split;
        using (var writer = XmlWriter.Create(stream, Document))
        {
            writer.WriteStartDocument();
            head(writer);
            writer.Flush();
            split = (int)stream.Length;
            writer.WriteEndDocument();
        }
        var written = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        return FeedBytes.Join(written[..split], items, [], written[split..]);
    }

    private static XmlWriterSettings WithFragments()
    {
        var settings = Document.Clone();
        settings.ConformanceLevel = ConformanceLevel.Fragment;
        return settings;
    }
}
