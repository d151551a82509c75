using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Pdf;

/// <summary>
/// The parent tree, read back by qpdf (an independent reader): how a reader finds the structure element of each
/// marked-content sequence on a page. The renderer keeps PDFsharp's tree short while it draws (ParentTreeWindow);
/// the tree it saves must still map every MCID of every page, with keys in order.
/// </summary>
public sealed partial class ParentTreeTests
{
    [Fact]
    public async Task Every_marked_content_sequence_on_every_page_maps_to_the_element_that_holds_it()
    {
        // Long enough for several pages, with tables, links (annotations take parent-tree keys too) and text that
        // runs across page breaks.
        var body = string.Concat(Enumerable.Range(1, 40).Select(i =>
            $"Paragraph {i} links to [the programme page {i}](https://www.ukri.org/programme/{i}/) and runs on for a while so that text flows across page breaks now and then.\n\n" +
            $"| Year | Value |\n|---|---|\n| 2020 | {i} |\n| 2021 | {i + 1} |\n\n"));
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: body));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var pdf = site.FileSystem.ReadAllBytes("output/releases/a/a.pdf");
        using var json = JsonDocument.Parse(QpdfJson(pdf));
        var objects = json.RootElement.GetProperty("qpdf")[1];
        JsonElement Value(string reference) => objects.GetProperty("obj:" + reference) is var o && o.TryGetProperty("value", out var v) ? v : o.GetProperty("stream").GetProperty("dict");

        var root = Value(objects.GetProperty("trailer").GetProperty("value").GetProperty("/Root").GetString()!);
        var treeRoot = Value(root.GetProperty("/StructTreeRoot").GetString()!);
        var tree = Value(treeRoot.GetProperty("/ParentTree").GetString()!);
        var nums = tree.GetProperty("/Nums").EnumerateArray().ToList();
        var keys = nums.Where((_, i) => i % 2 == 0).Select(k => k.GetInt32()).ToList();
        Assert.Equal(keys.Order(), keys); // a number tree's keys are sorted
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.Equal(treeRoot.GetProperty("/ParentTreeNextKey").GetInt32(), keys.Max() + 1);
        var byKey = keys.Select((k, i) => (k, v: nums[2 * i + 1])).ToDictionary(p => p.k, p => p.v);

        var pages = json.RootElement.GetProperty("pages").EnumerateArray().ToList();
        Assert.True(pages.Count >= 4, $"expected a PDF of several pages, got {pages.Count}");
        var checkedIds = 0;
        foreach (var page in pages)
        {
            var pageRef = page.GetProperty("object").GetString()!;
            var content = string.Concat(page.GetProperty("contents").EnumerateArray().Select(c =>
                Encoding.Latin1.GetString(Convert.FromBase64String(objects.GetProperty("obj:" + c.GetString()).GetProperty("stream").GetProperty("data").GetString()!))));
            var ids = Mcid().Matches(content).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(0, ids.Count), ids); // MCIDs count up from 0 on each page
            var parents = byKey[Value(pageRef).GetProperty("/StructParents").GetInt32()];
            var elements = (parents.ValueKind == JsonValueKind.String ? Value(parents.GetString()!) : parents).EnumerateArray().ToList();
            Assert.Equal(ids.Count, elements.Count);
            for (var mcid = 0; mcid < ids.Count; mcid++)
            {
                var element = Value(elements[mcid].GetString()!);
                Assert.True(Holds(element, mcid, pageRef, Value), $"page {page.GetProperty("pageposfrom1")}: MCID {mcid}'s parent does not list it");
                checkedIds++;
            }
        }
        Assert.True(checkedIds > 200, $"only {checkedIds} marked-content sequences checked");
    }

    // An element lists an MCID of a page in /K: as a number (on its own /Pg), or as a marked-content reference.
    private static bool Holds(JsonElement element, int mcid, string pageRef, Func<string, JsonElement> value)
    {
        var ownPage = element.TryGetProperty("/Pg", out var pg) ? pg.GetString() : null;
        var kids = element.GetProperty("/K");
        IEnumerable<JsonElement> items = kids.ValueKind == JsonValueKind.Array ? kids.EnumerateArray() : [kids];
        foreach (var kid in items)
        {
            if (kid.ValueKind == JsonValueKind.Number && kid.GetInt32() == mcid && ownPage == pageRef)
            {
                return true;
            }
            var dictionary = kid.ValueKind == JsonValueKind.String ? value(kid.GetString()!) : kid;
            if (dictionary.ValueKind == JsonValueKind.Object && dictionary.TryGetProperty("/MCID", out var id) && id.GetInt32() == mcid
                && dictionary.TryGetProperty("/Pg", out var mcrPage) && mcrPage.GetString() == pageRef)
            {
                return true;
            }
        }
        return false;
    }

    private static string QpdfJson(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ps-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "--json=2", "--json-stream-data=inline", "--decode-level=generalized", path })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("qpdf did not start.");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error.Result);
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"/MCID (\d+)")]
    private static partial Regex Mcid();
}
