using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartnershipSite.Content;

namespace PartnershipSite.Feeds;

/// <summary>Writes JSON Feed 1.1 with System.Text.Json.</summary>
public static class JsonFeedWriter
{
    /// <summary>The version URL every JSON Feed 1.1 document starts with.</summary>
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The feed as text.</summary>
    public static string Write(FeedChannel channel)
    {
        var config = channel.Config;
        var publisher = new JsonFeedAuthor(config.Publisher.Name, config.Publisher.Url?.AbsoluteUri);
        var document = new JsonFeedDocument(
            Version,
            channel.Title,
            channel.HomePage.AbsoluteUri,
            channel.UrlOf(FeedFormat.Json).AbsoluteUri,
            channel.Description,
            config.Language,
            [publisher],
            [.. channel.Entries.Select(Item)]);
        return JsonSerializer.Serialize(document, Options) + "\n";
    }

    private static JsonFeedItem Item(FeedEntry entry) => new(
        // JSON Feed 1.1: id is a string, unique and unchanging; the release URL, as in RSS and Atom.
        entry.Url.AbsoluteUri,
        entry.Url.AbsoluteUri,
        entry.Title,
        entry.Summary,
        entry.ContentHtml,
        IsoDate.Iso(entry.Published),
        IsoDate.Iso(entry.Updated),
        [.. entry.Organisations.Select(o => new JsonFeedAuthor(o))],
        entry.Topics.IsEmpty ? null : entry.Topics,
        entry.Language,
        entry.Enclosure is { } pdf ? [new JsonFeedAttachment(pdf.Url.AbsoluteUri, pdf.MediaType, pdf.Length)] : null);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            NewLine = "\n",
            // A feed is a file of its own, never inlined into HTML, so '<', '&' and non-ASCII text need no escaping;
            // leaving them readable keeps content_html and the golden file reviewable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
