using System.Text.Encodings.Web;
using System.Text.Json;

namespace PartnershipSite.Feeds;

/// <summary>
/// Writes JSON as the site publishes it: UTF-8, two-space indents, <c>\n</c> line ends; and items written once that
/// are spliced into every document that lists them.
/// </summary>
internal static class JsonText
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
    /// <paramref name="items"/> (from <see cref="Fragment"/>), ended by a line feed: what the writer would have written
    /// had it written the items itself.
    /// </summary>
    public static byte[] Splice(Action<Utf8JsonWriter> head, string array, IReadOnlyList<ReadOnlyMemory<byte>> items)
    {
        using var stream = new MemoryStream();
        int split, resume;
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            head(writer);
            writer.WriteStartArray(array);
            writer.Flush();
            split = resume = (int)stream.Length;
            if (items.Count > 0)
            {
                // A stand-in member, so the writer closes the array as it would after members of its own; the items
                // take its place, with the commas the writer would have put between them.
                writer.WriteNullValue();
                writer.Flush();
                resume = (int)stream.Length;
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        var written = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        return FeedBytes.Join(written[..split], items, ","u8, written[resume..]);
    }
}
