using System.Text.Encodings.Web;
using System.Text.Json;

namespace PartnershipSite.Feeds;

/// <summary>
/// Writes JSON as the site publishes it: UTF-8, two-space indents, <c>\n</c> line ends; and items written once that
/// are spliced into every document that lists them.
/// </summary>
public static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // A feed is a file of its own, never inlined into HTML, so '<', '&' and non-ASCII text need no escaping;
        // leaving them readable keeps content_html and the golden files reviewable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// One member of the top-level array <paramref name="array"/>, as it appears there (from the line break before it),
    /// for <see cref="Splice"/>.
    /// </summary>
    public static ReadOnlyMemory<byte> Fragment(string array, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartObject();
        writer.WriteStartArray(array);
        writer.Flush();
        var start = (int)stream.Length;
        write(writer);
        writer.Flush();
        return stream.GetBuffer().AsMemory(start, (int)stream.Length - start).ToArray();
    }

    /// <summary>
    /// A top-level object: the members <paramref name="head"/> writes, then <paramref name="array"/> holding
    /// <paramref name="items"/> (from <see cref="Fragment"/>), ended by a line feed.
    /// </summary>
    public static byte[] Splice(Action<Utf8JsonWriter> head, string array, IReadOnlyList<ReadOnlyMemory<byte>> items)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            head(writer);
            writer.WriteStartArray(array);
            foreach (var item in items)
            {
                // The writer places the commas; the fragment brings its own line break and indent.
                writer.WriteRawValue(item.Span, skipInputValidation: true);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
