using System.Xml;

namespace PartnershipSite.Feeds;

/// <summary>Writes XML as the site publishes it: UTF-8 without a byte-order mark, two-space indents, <c>\n</c> line ends.</summary>
public static class XmlText
{
    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the document as text.</summary>
    public static string Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = Text.Utf8.Strict,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }
        return Text.Utf8.Strict.GetString(stream.ToArray()) + "\n";
    }
}
