using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using PartnershipSite.Configuration;
using PartnershipSite.Content;

namespace PartnershipSite.Feeds;

/// <summary>schema.org JSON-LD for search engines, serialised with System.Text.Json for a <c>&lt;script&gt;</c> element.</summary>
internal static class StructuredData
{
    // This encoder always escapes the HTML-sensitive characters < > & ' " (as \u003C and so on), so no text
    // from a release can close the <script> element the JSON-LD sits in; other non-ASCII text stays readable.
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>
    /// A <c>NewsArticle</c> describing one release: its organisations as authors with their pages on this site, and
    /// <paramref name="logo"/> (the theme's, absolute; null when it has none) as its image and the publisher's logo.
    /// </summary>
    public static string NewsArticle(SiteConfig config, Release release, string? logo)
    {
        var meta = release.Metadata;
        var url = config.Absolute(release.SitePath).AbsoluteUri;
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = meta.Title,
            ["description"] = meta.Summary,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["datePublished"] = IsoDate.Iso(meta.Published),
            ["dateModified"] = IsoDate.Iso(meta.LastUpdated),
            ["inLanguage"] = meta.Language,
            ["author"] = new JsonArray([.. meta.Organisations.Select(o => Organisation(o, config.Absolute(Taxonomy.Organisations.PathOf(o))))]),
            ["publisher"] = Organisation(config.Publisher.Name, config.Publisher.Url),
        };
        if (logo is not null)
        {
            // Google's article guidance: an image, and the publisher's logo as an ImageObject.
            article["image"] = new JsonArray(logo);
            article["publisher"]!["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = logo };
        }
        if (!meta.Topics.IsEmpty)
        {
            article["keywords"] = new JsonArray([.. meta.Topics.Select(t => (JsonNode)t)]);
        }
        return article.ToJsonString(Options);
    }

    private static JsonObject Organisation(string name, Uri? url)
    {
        var organisation = new JsonObject { ["@type"] = "Organization", ["name"] = name };
        if (url is not null)
        {
            organisation["url"] = url.AbsoluteUri;
        }
        return organisation;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
