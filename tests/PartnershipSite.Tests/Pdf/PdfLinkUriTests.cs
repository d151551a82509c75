using System.Text.Json;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Pdf;

/// <summary>
/// A PDF is read away from its page (saved to a download folder, attached to an email), so its links cannot lean on
/// the page's address: the catalog carries the page's URL as <c>/URI /Base</c> and every link annotation's URI is
/// absolute. Read back with qpdf's JSON, an independent reader of the objects as written.
/// </summary>
public sealed class PdfLinkUriTests
{
    private const string Body = """
        See [the other release](../b/), [the home page](/) and [the evidence](https://www.gov.uk/ai).

        Write to <formats@example.gov.uk>.
        """;

    private static async Task<byte[]> BuildAsync(string? baseUrl = null)
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: Body) + TestSite.Release("2021-06-11-b", title: "Another release"));
        var result = await site.BuildAsync(baseUrl);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site.FileSystem.ReadAllBytes("output/releases/a/a.pdf");
    }

    // qpdf --json=2 writes text strings as "u:…" (and binary ones as "b:hex", which ours are not).
    private static string Text(JsonElement value) => value.GetString() is { } s && s.StartsWith("u:", StringComparison.Ordinal) ? s[2..] : value.GetString() ?? "";

    private static (string? Base, List<string> Links) ReadWithQpdf(byte[] pdf)
    {
        var run = PdfTools.Run("qpdf", pdf, "--json=2", "--json-key=qpdf", PdfTools.PdfPath);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        JsonElement Deref(JsonElement value) =>
            value.ValueKind == JsonValueKind.String && value.GetString()!.EndsWith(" R", StringComparison.Ordinal)
                ? objects.GetProperty("obj:" + value.GetString()).GetProperty("value") : value;
        string? baseUri = null;
        var links = new List<string>();
        foreach (var entry in objects.EnumerateObject())
        {
            if (!entry.Value.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            if (value.TryGetProperty("/Type", out var type) && type.GetString() == "/Catalog" && value.TryGetProperty("/URI", out var uri))
            {
                baseUri = Text(Deref(uri).GetProperty("/Base"));
            }
            if (value.TryGetProperty("/Subtype", out var subtype) && subtype.GetString() == "/Link")
            {
                var action = Deref(value.GetProperty("/A"));
                Assert.Equal("/URI", action.GetProperty("/S").GetString());
                links.Add(Text(action.GetProperty("/URI")));
            }
        }
        return (baseUri, links);
    }

    [Fact]
    public async Task The_catalog_gives_the_page_as_base_and_every_link_is_absolute()
    {
        var (baseUri, links) = ReadWithQpdf(await BuildAsync());

        Assert.Equal("https://example.gov.uk/releases/a/", baseUri);
        // In the body's order, then the frame's (the press office's number); relative ones resolved as on the page.
        Assert.Equal(
            ["https://example.gov.uk/releases/b/", "https://example.gov.uk/", "https://www.gov.uk/ai", "mailto:formats@example.gov.uk"],
            links.Distinct().Take(4));
        Assert.All(links, link => Assert.True(Uri.TryCreate(link, UriKind.Absolute, out var parsed) && !parsed.IsFile, link));
    }

    [Fact]
    public async Task A_base_url_with_a_path_is_the_base_the_links_resolve_against()
    {
        var (baseUri, links) = ReadWithQpdf(await BuildAsync("https://example.gov.uk/news/"));

        Assert.Equal("https://example.gov.uk/news/releases/a/", baseUri);
        Assert.Contains("https://example.gov.uk/news/releases/b/", links);
    }
}
