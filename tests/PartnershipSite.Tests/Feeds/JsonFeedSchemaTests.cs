using System.Diagnostics;
using PartnershipSite.Tests.Browser;
using PartnershipSite.Tests.Listings;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

/// <summary>
/// Every JSON Feed of a site (the site's, each topic's and organisation's) validated against the JSON Feed 1.1 schema
/// (npm jsonfeed-schema) by ajv, with a deliberately broken copy to show the validator can fail.
/// </summary>
public sealed class JsonFeedSchemaTests
{
    private static readonly string Modules = RealFiles.PathOf("tools/node_modules");

    [Fact]
    public async Task Every_json_feed_meets_the_json_feed_1_1_schema()
    {
        Prerequisite.Require(File.Exists(Path.Combine(Modules, "ajv-cli/dist/index.js")) && File.Exists("/usr/bin/node")
            ? null : "ajv and the JSON Feed schema (npm ajv-cli, ajv-formats, jsonfeed-schema in tools/) or node are not installed.");
        var site = PaginationTests.SiteWith(3, extra: i => $"topics:\n  - Topic {i % 2}", config: "feed_limit: 2\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var feeds = result.Outputs.Where(o => o.Path.EndsWith("feed.json", StringComparison.Ordinal)).ToList();
        Assert.Equal(1 + 2 + 1, feeds.Count);
        var folder = Directory.CreateTempSubdirectory("ps-jsonfeed-");
        try
        {
            var files = feeds.Select((feed, i) =>
            {
                var path = Path.Combine(folder.FullName, $"{i}.json");
                File.WriteAllBytes(path, feed.Content.ToArray());
                return path;
            }).ToList();
            var broken = Path.Combine(folder.FullName, "broken.json");
            File.WriteAllText(broken, site.Read("feed.json").Replace("\"items\": [", "\"items\": \"none\", \"x\": [", StringComparison.Ordinal));

            foreach (var file in files)
            {
                var (valid, output) = Validate(file);
                Assert.True(valid, output);
            }
            Assert.False(Validate(broken).Valid, "ajv accepted a feed whose items are not an array");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (bool Valid, string Output) Validate(string file)
    {
        var start = new ProcessStartInfo("/usr/bin/node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(Modules)! };
        foreach (var argument in new[] { Path.Combine(Modules, "ajv-cli/dist/index.js"), "validate", "-c", "ajv-formats",
            "-s", Path.Combine(Modules, "jsonfeed-schema/schema-v1.1.json"), "-d", file })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "ajv did not finish in 60 s");
        return (process.ExitCode == 0, output + error.Result);
    }
}
