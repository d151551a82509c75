using System.Diagnostics;
using System.Text.Json;

namespace PartnershipSite.Tests.Support;

/// <summary>
/// Reads a feed with Python's feedparser (Debian python3-feedparser, installed by scripts/install-prerequisites), the
/// library many feed readers are built on: what a subscriber's reader would show, not what our own code thinks.
/// </summary>
public static class FeedParser
{
    /// <summary>
    /// One entry as feedparser gives it; <c>*Type</c> is the content type it decided on (text/plain or text/html);
    /// <c>Content</c> the first content (HTML), sanitised as feedparser does; <c>Author</c> the one author a reader
    /// shows (with several <c>dc:creator</c>, feedparser keeps the last).
    /// </summary>
    public sealed record Entry(string Title, string TitleType, string Summary, string SummaryType, string Content = "",
        string Author = "", IReadOnlyList<string>? Contributors = null, IReadOnlyList<Enclosure>? Enclosures = null);

    /// <summary>An enclosure as feedparser reads it (RSS <c>enclosure</c>, Atom <c>link rel="enclosure"</c>); the length is text.</summary>
    public sealed record Enclosure(string Href, string Type, string Length);

    /// <summary>The feed-level fields and entries feedparser read, and whether it found the feed malformed (bozo).</summary>
    public sealed record Feed(bool Bozo, string Version, string Title, string Subtitle, string SubtitleType, IReadOnlyList<Entry> Entries);

    private const string Script = """
        import feedparser, json, sys
        f = feedparser.parse(sys.argv[1])
        d = lambda o, k: (o.get(k + '_detail') or {}).get('type', '')
        print(json.dumps({
            'Bozo': bool(f.bozo), 'Version': f.version or '', 'Title': f.feed.get('title', ''),
            'Subtitle': f.feed.get('subtitle', ''), 'SubtitleType': d(f.feed, 'subtitle'),
            'Entries': [{'Title': e.get('title', ''), 'TitleType': d(e, 'title'), 'Summary': e.get('summary', ''), 'SummaryType': d(e, 'summary'), 'Content': (e.get('content') or [{}])[0].get('value', ''),
              'Author': e.get('author', ''), 'Contributors': [c.get('name', '') for c in e.get('contributors', [])],
              'Enclosures': [{'Href': x.get('href', ''), 'Type': x.get('type', ''), 'Length': str(x.get('length', ''))} for x in e.get('enclosures', [])]}
             for e in f.entries]}))
        """;

    /// <summary>Parses <paramref name="feedXml"/> (RSS or Atom).</summary>
    public static Feed Parse(string feedXml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ps-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, feedXml);
        try
        {
            // Debian's python3, where python3-feedparser lives (a pyenv python on PATH may not have it).
            var start = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(Script);
            start.ArgumentList.Add(path);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"feedparser failed: {error.Result}");
            return JsonSerializer.Deserialize<Feed>(output)!;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The text a reader shows for a field: HTML is rendered (entities decoded), plain text is shown as it is.</summary>
    public static string Shown(string value, string type) =>
        type == "text/html" ? System.Net.WebUtility.HtmlDecode(value) : value;
}
