using System.Diagnostics;
using System.Text.Json;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Browser;

/// <summary>
/// Every HTML page of both sites, and the stylesheet, through the W3C Nu Html Checker (npm <c>vnu-jar</c>, pinned
/// in tools/package-lock.json) in a single JVM. A broken page and stylesheet ride along to prove errors are seen.
/// </summary>
public sealed class HtmlValidityTests(SitesFixture sites)
{
    private static readonly string Jar = RealFiles.PathOf("tools/node_modules/vnu-jar/build/dist/vnu.jar");

    [Fact]
    public async Task Every_page_and_the_stylesheet_pass_the_Nu_Html_Checker()
    {
        Prerequisite.Require(File.Exists(Jar) ? null : "The Nu Html Checker (npm vnu-jar) is not installed in tools/node_modules.");
        Prerequisite.Require(FindJava() is null ? "Java was not found on PATH." : null);
        var canary = Path.Combine(SitesFixture.Root, "canary");
        Directory.CreateDirectory(canary);
        var brokenHtml = Path.Combine(canary, "broken.html");
        var brokenCss = Path.Combine(canary, "broken.css");
        await File.WriteAllTextAsync(brokenHtml, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div></p></body></html>\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(brokenCss, "a { colr: red; }\n", TestContext.Current.CancellationToken);
        var files = sites.All
            .SelectMany(s => s.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal))
                .Select(f => Path.Combine(s.Directory, f)))
            .ToList();

        var errors = await CheckAsync([.. files, brokenHtml, brokenCss]);

        Assert.Contains(errors, e => e.File == brokenHtml);
        Assert.Contains(errors, e => e.File == brokenCss);
        var results = files.Select(f => (Path.GetRelativePath(SitesFixture.Root, f), Problem(errors.Where(e => e.File == f)))).ToList();
        Artifacts.WriteResults("vnu", results);
        Assert.All(results, r => Assert.True(r.Item2 is null, $"{r.Item1}: {r.Item2}"));
    }

    private static string? Problem(IEnumerable<(string File, string Message)> errors)
    {
        var list = errors.Select(e => e.Message).ToList();
        return list.Count == 0 ? null : string.Join("; ", list);
    }

    private static async Task<List<(string File, string Message)>> CheckAsync(IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo(FindJava()!) { RedirectStandardOutput = true, RedirectStandardError = true };
        // -Xss4m: the checker's regular expressions overflow the default stack on long pages.
        foreach (var argument in (string[])["-Xss4m", "-jar", Jar, "--errors-only", "--also-check-css", "--format", "json", "--stdout"])
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var json = await output;
        Assert.True(json.TrimStart().StartsWith('{'), "The Nu checker gave no JSON: " + json + await error);
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => (LocalPath(m.GetProperty("url").GetString()!),
                $"line {(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}"))];
    }

    // The checker names files as "file:/abs/path" (one slash), which System.Uri rejects.
    private static string LocalPath(string url) =>
        Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? url["file:".Length..] : url);

    private static string? FindJava() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "java"))
            .FirstOrDefault(File.Exists);
}
