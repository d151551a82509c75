using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using PartnershipSite.Diagnostics;
using PartnershipSite.Feeds;
using PartnershipSite.IO;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// Reads every feed of a site (the site's and each term's <c>feed.xml</c>, <c>atom.xml</c> and <c>feed.json</c>)
/// for the entries of releases, keyed by the release's URL: for each release and format, the entry of the first
/// feed that has one (the site's feeds first), since every feed's entry for a release is written by one writer.
/// </summary>
internal static class FeedRenditions
{
    // XNamespace, not string: `string + "name"` would make an XName of a bare URI, which XName refuses.
    private static readonly XNamespace Atom = FeedNamespaces.Atom;
    private static readonly XNamespace Content = FeedNamespaces.Content;
    private static readonly XNamespace DublinCore = FeedNamespaces.DublinCore;

    /// <summary>
    /// The feed entries for the releases at <paramref name="releaseUrls"/>, by release URL, in format order. A feed
    /// that cannot be read gives no entries and is passed to <paramref name="unreadable"/> with its location and why.
    /// </summary>
    public static Dictionary<string, List<Rendition>> Read(IEnumerable<OutputFile> files, IReadOnlySet<string> releaseUrls, Func<string, string> displayPath,
        Action<SourceLocation, string> unreadable)
    {
        var found = new Dictionary<(string Url, ReleaseFormat Format), Rendition>();
        foreach (var file in files.OrderBy(f => f.Path.Count(c => c == '/')).ThenBy(f => f.Path, StringComparer.Ordinal))
        {
            var format = Path.GetFileName(file.Path) switch
            {
                "feed.xml" => ReleaseFormat.Rss,
                "atom.xml" => ReleaseFormat.Atom,
                "feed.json" => ReleaseFormat.JsonFeed,
                _ => (ReleaseFormat?)null,
            };
            if (format is not { } kind)
            {
                continue;
            }
            try
            {
                foreach (var (url, read) in Entries(kind, Text.Utf8.Strict.GetString(file.Content.Span)))
                {
                    if (releaseUrls.Contains(url) && !found.ContainsKey((url, kind)))
                    {
                        found[(url, kind)] = read(displayPath(file.Path));
                    }
                }
            }
            catch (XmlException e)
            {
                unreadable(new SourceLocation(displayPath(file.Path), e.LineNumber, e.LinePosition), e.Message);
            }
            catch (JsonException e)
            {
                unreadable(new SourceLocation(displayPath(file.Path), (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1), e.Message);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException or ArgumentException or DecoderFallbackException)
            {
                unreadable(new SourceLocation(displayPath(file.Path)), e.Message);
            }
        }
        return found.GroupBy(f => f.Key.Url, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.Key.Format).Select(f => f.Value).ToList(), StringComparer.Ordinal);
    }

    private static IEnumerable<(string Url, Func<string, Rendition> Read)> Entries(ReleaseFormat format, string text) => format switch
    {
        ReleaseFormat.Rss => XDocument.Parse(text).Descendants("item").Select(item => (
            ((string?)item.Element("guid") ?? (string?)item.Element("link") ?? "").Trim(),
            (Func<string, Rendition>)(where => Rss(item, where)))),
        ReleaseFormat.Atom => XDocument.Parse(text).Descendants(Atom + "entry").Select(entry => (
            ((string?)entry.Element(Atom + "id") ?? "").Trim(),
            (Func<string, Rendition>)(where => AtomEntry(entry, where)))),
        _ => JsonItems(text),
    };

    private static Rendition Rss(XElement item, string where) => Entry(ReleaseFormat.Rss, where, (string?)item.Element("guid") ?? (string?)item.Element("link"), (string?)item.Element(Content + "encoded"))
        with
    {
        Title = Plain((string?)item.Element("title")),
        // RSS 2.0: the description is HTML to readers, so an escaped summary is read as HTML text.
        Summary = (string?)item.Element("description") is { } description ? ParityText.Normalise(WebUtility.HtmlDecode(description)) : null,
        Published = Instant((string?)item.Element("pubDate")),
        Organisations = [.. item.Elements(DublinCore + "creator").Concat(item.Elements(DublinCore + "contributor")).Concat(item.Elements("author")).Select(e => Plain(e.Value)!)],
        Topics = [.. item.Elements("category").Select(e => Plain(e.Value)!)],
    };

    private static Rendition AtomEntry(XElement entry, string where) => Entry(ReleaseFormat.Atom, where, (string?)entry.Element(Atom + "id"), (string?)entry.Element(Atom + "content"))
        with
    {
        Title = Plain((string?)entry.Element(Atom + "title")),
        Summary = Plain((string?)entry.Element(Atom + "summary")),
        Published = Instant((string?)entry.Element(Atom + "published")),
        Updated = Instant((string?)entry.Element(Atom + "updated")),
        Organisations = [.. entry.Elements(Atom + "author").Concat(entry.Elements(Atom + "contributor")).Select(a => Plain((string?)a.Element(Atom + "name"))!)],
        Topics = [.. entry.Elements(Atom + "category").Select(c => Plain((string?)c.Attribute("label") ?? (string?)c.Attribute("term"))!)],
    };

    private static List<(string, Func<string, Rendition>)> JsonItems(string text)
    {
        using var document = JsonDocument.Parse(text);
        var items = new List<(string, Func<string, Rendition>)>();
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
        {
            var copy = item.Clone();
            items.Add(((String(copy, "id") ?? String(copy, "url") ?? "").Trim(), where => JsonItem(copy, where)));
        }
        return items;
    }

    private static Rendition JsonItem(JsonElement item, string where)
    {
        var authors = item.TryGetProperty("authors", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList()
            : item.TryGetProperty("author", out var one) ? [one] : [];
        return Entry(ReleaseFormat.JsonFeed, where, String(item, "id"), String(item, "content_html")) with
        {
            Title = Plain(String(item, "title")),
            Summary = Plain(String(item, "summary")),
            Published = Instant(String(item, "date_published")),
            Updated = Instant(String(item, "date_modified")),
            Organisations = [.. authors.Select(a => Plain(String(a, "name")) ?? "")],
            Topics = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? [.. tags.EnumerateArray().Select(t => Plain(t.GetString())!)] : [],
        };
    }

    private static Rendition Entry(ReleaseFormat format, string where, string? url, string? html)
    {
        var pageUrl = Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var parsed) ? parsed : new Uri("https://invalid.invalid/");
        return new Rendition(format, where) { Blocks = [.. HtmlBlocks.ReadFragment(html, pageUrl)] };
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Plain(string? text) => text is null ? null : ParityText.Normalise(text);

    private static DateTimeOffset? Instant(string? text) =>
        DateTimeOffset.TryParse(text?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;
}
