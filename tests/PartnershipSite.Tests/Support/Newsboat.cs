using System.Diagnostics;
using System.Text.Json;
using PartnershipSite.Tests.Browser;

namespace PartnershipSite.Tests.Support;

/// <summary>
/// Reads a feed with newsboat (Debian newsboat), a real terminal feed reader: it fetches the feed (through an
/// <c>exec:</c> URL, so no server is needed), stores what it shows in its SQLite cache, and the cache is read back
/// with the sqlite3 command. It keeps only audio and video enclosures and one author per item.
/// </summary>
public static class Newsboat
{
    /// <summary>An item as newsboat stores it: the author it shows, the enclosure it kept (empty when it dropped it), the content HTML.</summary>
    public sealed record Item(string Title, string Author, string EnclosureUrl, string Content);

    /// <summary>Reloads <paramref name="feedXml"/> (RSS or Atom) into a fresh cache and returns its items.</summary>
    public static IReadOnlyList<Item> Read(string feedXml)
    {
        Prerequisite.Require(File.Exists("/usr/bin/newsboat") ? null : "newsboat (Debian newsboat) is not installed.");
        Prerequisite.Require(File.Exists("/usr/bin/sqlite3") ? null : "sqlite3 (Debian sqlite3) is not installed.");
        var folder = Directory.CreateTempSubdirectory("ps-newsboat-");
        try
        {
            var feed = Path.Combine(folder.FullName, "feed.xml");
            File.WriteAllText(feed, feedXml);
            File.WriteAllText(Path.Combine(folder.FullName, "urls"), $"\"exec:cat {feed}\"\n");
            File.WriteAllText(Path.Combine(folder.FullName, "config"), "");
            var cache = Path.Combine(folder.FullName, "cache.db");
            Run("/usr/bin/newsboat", folder.FullName, "-u", Path.Combine(folder.FullName, "urls"), "-c", cache, "-C", Path.Combine(folder.FullName, "config"), "-x", "reload");
            var json = Run("/usr/bin/sqlite3", folder.FullName, "-json", cache, "select title as Title, author as Author, enclosure_url as EnclosureUrl, content as Content from rss_item order by id");
            return json.Trim().Length == 0 ? [] : JsonSerializer.Deserialize<List<Item>>(json)!;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Run(string program, string home, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // newsboat keeps its lock and history under HOME; a folder of the test's own keeps runs apart.
        start.Environment["HOME"] = home;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), $"{program} did not finish in 60 s");
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {error.Result}");
        return output;
    }
}
