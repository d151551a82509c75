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

    /// <summary>The format of the feed at output path <paramref name="path"/>, or null when it is not a feed.</summary>
    public static ReleaseFormat? FormatOf(string path) => Path.GetFileName(path) switch
    {
        "feed.xml" => ReleaseFormat.Rss,
        "atom.xml" => ReleaseFormat.Atom,
        "feed.json" => ReleaseFormat.JsonFeed,
        _ => null,
    };

    /// <summary>
    /// The ids (release URLs, trimmed) of the entries of <paramref name="file"/>, a feed, in document order; null when
    /// it cannot be read (<see cref="Read"/> then reads it again, and reports why).
    /// </summary>
    public static ImmutableArray<string>? EntryIds(OutputFile file)
    {
        if (FormatOf(file.Path) is not { } format)
        {
            return [];
        }
        try
        {
            // The ids as Entries reads them, without making a tree of the whole feed (its entries' content included).
            return format switch
            {
                ReleaseFormat.Rss or ReleaseFormat.Atom => XmlEntryIds(file.Content, format),
                _ => JsonEntryIds(file.Content),
            };
        }
        catch (Exception e) when (e is XmlException or JsonException or InvalidOperationException or FormatException or KeyNotFoundException or ArgumentException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The feed entries for the releases at <paramref name="releaseUrls"/>, by release URL, in format order. A feed
    /// that cannot be read gives no entries and is passed to <paramref name="unreadable"/> with its location and why.
    /// <paramref name="idsOf"/> gives a feed's entry ids when they are known (<see cref="EntryIds"/>, kept between
    /// builds): a feed none of whose entries is the first for its release is then not read at all, and the feeds that
    /// are read are read in parallel.
    /// </summary>
    public static Dictionary<string, List<FeedEntry>> Read(IEnumerable<OutputFile> files, IReadOnlySet<string> releaseUrls, Func<string, string> displayPath,
        Action<SourceLocation, string> unreadable, Func<OutputFile, ImmutableArray<string>?>? idsOf = null, int parallelism = 1)
    {
        // Which feed gives each release's entry in each format: the first, in the order below, that has one.
        var claimed = new HashSet<(string Url, ReleaseFormat Format)>();
        var reads = new List<(OutputFile File, ReleaseFormat Format, HashSet<string> Wanted)>();
        var read = new List<(string Url, FeedEntry Entry)>();
        foreach (var file in files.OrderBy(f => f.Path.Count(c => c == '/')).ThenBy(f => f.Path, StringComparer.Ordinal))
        {
            if (FormatOf(file.Path) is not { } kind)
            {
                continue;
            }
            if (idsOf?.Invoke(file) is not { } ids)
            {
                // Not known without reading it: read here, in order, before the feeds after it are claimed from.
                foreach (var entry in ReadFeed(file, kind, releaseUrls, claimed, displayPath, unreadable, null))
                {
                    claimed.Add((entry.Url, kind));
                    read.Add(entry);
                }
                continue;
            }
            var wanted = ids.Where(url => releaseUrls.Contains(url) && claimed.Add((url, kind))).ToHashSet(StringComparer.Ordinal);
            if (wanted.Count > 0)
            {
                reads.Add((file, kind, wanted));
            }
        }
        // Each (release, format) has one feed to give it, so the feeds' entries are read independently.
        var found = reads
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, parallelism))
            .SelectMany(r => ReadFeed(r.File, r.Format, releaseUrls, null, displayPath, unreadable, r.Wanted))
            .ToList();
        found.AddRange(read);
        return found.GroupBy(f => f.Url, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.Entry.Format).Select(f => f.Entry).ToList(), StringComparer.Ordinal);
    }

    // The renditions of one feed's entries that are wanted: those in `wanted`, or when it is null, those of
    // releases not yet in `claimed` (the first entry in the feed for each).
    private static List<(string Url, FeedEntry Entry)> ReadFeed(OutputFile file, ReleaseFormat kind, IReadOnlySet<string> releaseUrls,
        HashSet<(string, ReleaseFormat)>? claimed, Func<string, string> displayPath, Action<SourceLocation, string> unreadable, HashSet<string>? wanted)
    {
        var result = new List<(string, FeedEntry)>();
        try
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var where = displayPath(file.Path);
            foreach (var (url, raw, read) in Entries(kind, file.Content))
            {
                var take = wanted is not null ? wanted.Contains(url) : releaseUrls.Contains(url) && !claimed!.Contains((url, kind));
                if (take && seen.Add(url))
                {
                    result.Add((url, new FeedEntry(kind, where, ContentHash.Of(raw()), report => Rendered(read, where, report))));
                }
            }
            return result;
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
        return [];
    }

    // Read from the bytes, not from a string of them: the site's feeds can hold every release in full. Invalid UTF-8
    // is an XmlException, at its line and column.
    private static readonly XmlReaderSettings Streaming = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    private static XmlReader XmlOf(ReadOnlyMemory<byte> bytes) => XmlReader.Create(ByteStreams.Over(bytes), Streaming);

    // The ids of a feed's entries, read on their own (see EntryIdCollector).
    private static ImmutableArray<string> XmlEntryIds(ReadOnlyMemory<byte> bytes, ReleaseFormat format)
    {
        var ids = EntryIdCollector.For(format)!;
        using var reader = XmlOf(bytes);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    ids.Element(reader);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    ids.Text(reader);
                    break;
                case XmlNodeType.EndElement:
                    ids.EndElement(reader);
                    break;
            }
        }
        return ids.Ids;
    }

    private static ImmutableArray<string> JsonEntryIds(ReadOnlyMemory<byte> bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(item => (String(item, "id") ?? String(item, "url") ?? "").Trim())];
    }

    // An entry's rendition, read when the parity check needs it; one that cannot be read is reported and not compared.
    private static Rendition? Rendered(Func<string, Rendition> read, string where, Action<SourceLocation, string> unreadable)
    {
        try
        {
            return read(where);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException or ArgumentException)
        {
            unreadable(new SourceLocation(where), e.Message);
            return null;
        }
    }

    // Each entry: its id, its text as written (what its rendition is made from), and its rendition.
    private static IEnumerable<(string Url, Func<string> Raw, Func<string, Rendition> Read)> Entries(ReleaseFormat format, ReadOnlyMemory<byte> bytes) => format switch
    {
        ReleaseFormat.Rss => Tree(bytes).Descendants("item").Select(item => (
            ((string?)item.Element("guid") ?? (string?)item.Element("link") ?? "").Trim(),
            (Func<string>)(() => item.ToString(SaveOptions.DisableFormatting)),
            (Func<string, Rendition>)(where => Rss(item, where)))),
        ReleaseFormat.Atom => Tree(bytes).Descendants(Atom + "entry").Select(entry => (
            ((string?)entry.Element(Atom + "id") ?? "").Trim(),
            (Func<string>)(() => entry.ToString(SaveOptions.DisableFormatting)),
            (Func<string, Rendition>)(where => AtomEntry(entry, where)))),
        _ => JsonItems(bytes),
    };

    private static XDocument Tree(ReadOnlyMemory<byte> bytes)
    {
        using var reader = XmlOf(bytes);
        return XDocument.Load(reader);
    }

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

    private static List<(string, Func<string>, Func<string, Rendition>)> JsonItems(ReadOnlyMemory<byte> bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var items = new List<(string, Func<string>, Func<string, Rendition>)>();
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
        {
            var copy = item.Clone();
            items.Add(((String(copy, "id") ?? String(copy, "url") ?? "").Trim(), copy.GetRawText, where => JsonItem(copy, where)));
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

/// <summary>A release's entry in one feed format: where it is, the hash of its text as written, and its rendition.</summary>
/// <param name="Format">The feed's format.</param>
/// <param name="Where">The feed's display path.</param>
/// <param name="Hash">The hash of the entry's text (what its rendition is made from).</param>
/// <param name="Read">Reads its rendition; one that cannot be read is passed to the action given, with where and why, and is null.</param>
internal sealed record FeedEntry(ReleaseFormat Format, string Where, string Hash, Func<Action<SourceLocation, string>, Rendition?> Read);
