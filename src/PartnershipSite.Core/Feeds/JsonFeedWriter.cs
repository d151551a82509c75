using System.Text.Json;
using PartnershipSite.Content;

namespace PartnershipSite.Feeds;

/// <summary>
/// Writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with <see cref="Utf8JsonWriter"/>, with the 1.0
/// <c>author</c> beside each <c>authors</c> for readers that know only 1.0. Each item is written once
/// (<see cref="Item"/>) and spliced into every feed that carries it.
/// </summary>
internal static class JsonFeedWriter
{
    /// <summary>The version URL every JSON Feed 1.1 document starts with.</summary>
    public const string Version = "https://jsonfeed.org/version/1.1";

    private const string Items = "items";

    /// <summary>The feed, as UTF-8.</summary>
    public static byte[] Write(FeedChannel channel) => JsonText.Splice(writer =>
    {
        var config = channel.Config;
        writer.WriteString("version", Version);
        writer.WriteString("title", channel.Title);
        writer.WriteString("home_page_url", channel.HomePage.AbsoluteUri);
        writer.WriteString("feed_url", channel.UrlOf(FeedFormat.Json).AbsoluteUri);
        writer.WriteString("description", channel.Description);
        writer.WriteString("language", channel.Language);
        Authors(writer, [config.Publisher.Name], config.Publisher.Url);
    }, Items, [.. channel.Entries.Select(e => e.Json)]);

    /// <summary>The item of <paramref name="entry"/>, as it stands in <c>items</c>.</summary>
    public static ReadOnlyMemory<byte> Item(FeedEntry entry) => JsonText.Fragment(Items, writer =>
    {
        writer.WriteStartObject();
        // JSON Feed 1.1: id is a string, unique and unchanging; the release URL, as in RSS and Atom.
        writer.WriteString("id", entry.Url.AbsoluteUri);
        writer.WriteString("url", entry.Url.AbsoluteUri);
        writer.WriteString("title", entry.Title);
        writer.WriteString("summary", entry.Summary);
        writer.WriteString("content_html", entry.ContentHtml);
        writer.WriteString("date_published", IsoDate.Iso(entry.Published));
        writer.WriteString("date_modified", IsoDate.Iso(entry.Updated));
        Authors(writer, entry.Organisations, null);
        if (!entry.Topics.IsEmpty)
        {
            writer.WriteStartArray("tags");
            foreach (var topic in entry.Topics)
            {
                writer.WriteStringValue(topic);
            }
            writer.WriteEndArray();
        }
        writer.WriteString("language", entry.Language);
        if (entry.Enclosure is { } pdf)
        {
            writer.WriteStartArray("attachments");
            writer.WriteStartObject();
            writer.WriteString("url", pdf.Url.AbsoluteUri);
            writer.WriteString("mime_type", pdf.MediaType);
            writer.WriteNumber("size_in_bytes", pdf.Length);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    });

    // JSON Feed 1.1 "authors", lead first; and 1.0's single "author", the lead: 1.1 deprecates it but lets a feed
    // carry both, for readers that know only 1.0.
    private static void Authors(Utf8JsonWriter writer, IReadOnlyList<string> names, Uri? leadUrl)
    {
        if (names.Count == 0)
        {
            return;
        }
        writer.WriteStartArray("authors");
        for (var i = 0; i < names.Count; i++)
        {
            Author(writer, null, names[i], i == 0 ? leadUrl : null);
        }
        writer.WriteEndArray();
        Author(writer, "author", names[0], leadUrl);
    }

    private static void Author(Utf8JsonWriter writer, string? property, string name, Uri? url)
    {
        if (property is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(property);
        }
        writer.WriteString("name", name);
        if (url is not null)
        {
            writer.WriteString("url", url.AbsoluteUri);
        }
        writer.WriteEndObject();
    }
}
