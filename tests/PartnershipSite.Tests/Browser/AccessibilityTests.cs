using Microsoft.Playwright;

namespace PartnershipSite.Tests.Browser;

/// <summary>axe-core on every page of the real and the synthetic site, in light and dark colour schemes.</summary>
public sealed class AccessibilityTests(BrowserFixture browser, SitesFixture sites)
{
    /// <summary>Each site in each colour scheme.</summary>
    public static TheoryData<string, string> SitesAndSchemes => new()
    {
        { "real", "light" }, { "real", "dark" }, { "synthetic", "light" }, { "synthetic", "dark" },
    };

    /// <summary>Each site in each colour scheme at desktop width, and in light at phone width (target sizes and overlaps change with width; colours do not).</summary>
    public static TheoryData<string, string, int> SitesSchemesAndWidths => new()
    {
        { "real", "light", 1280 }, { "real", "dark", 1280 }, { "synthetic", "light", 1280 }, { "synthetic", "dark", 1280 },
        { "real", "light", 320 }, { "synthetic", "light", 320 },
    };

    [Theory]
    [MemberData(nameof(SitesSchemesAndWidths))]
    public async Task Every_page_has_no_axe_violations_and_a_sound_skeleton(string siteName, string scheme, int width)
    {
        var site = sites[siteName];
        await using var context = await browser.NewContextAsync(width, Scheme(scheme));
        var page = await context.NewPageAsync();
        var results = new List<(string, string?)>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Url(path));
            var violations = await Axe.RunAsync(page);
            var structure = await PageChecks.StructureProblemAsync(page);
            results.Add((path, violations.Count == 0 && structure is null ? null : string.Join("\n  ", [structure, .. violations])));
            if (width != 320)
            {
                // ReflowTests takes the phone-width screenshots.
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Screenshot(site, path, $"{width}-{scheme}"), FullPage = true });
            }
        }
        Artifacts.WriteResults($"axe-{siteName}-{scheme}-{width}", results);
        Assert.All(results, r => Assert.True(r.Item2 is null, $"/{r.Item1} ({scheme}, {width} px):\n  {r.Item2}"));
    }

    [Fact]
    public void Pages_tested_include_a_later_listing_page_topic_and_organisation_pages_and_the_subscribe_page()
    {
        // Every browser test walks site.Pages: this holds the archive's kinds of page in that walk.
        Assert.Superset(new HashSet<string>(["", "page/2/", "page/3/", "topics/", "topics/testing/", "organisations/", "organisations/department-for-testing/page/2/", "subscribe/",
            "releases/every-press-block/", "releases/every-press-block/cy/"]),
            new HashSet<string>(sites["synthetic"].Pages));
        Assert.Superset(new HashSet<string>(["topics/science-and-innovation/", "organisations/department-for-digital-culture-media-sport/", "subscribe/"]),
            new HashSet<string>(sites["real"].Pages));
    }

    [Fact]
    public async Task Structure_check_reports_a_page_built_to_fail()
    {
        await using var context = await browser.NewContextAsync(1280, ColorScheme.Light);
        var page = await Canary.OpenAsync(context, sites["real"], """
            <!DOCTYPE html>
            <html><head><title>Broken</title></head><body>
            <h1>One</h1><h1>Two</h1><h4>Skipped</h4><nav>Unlabelled</nav><script>document.title = 'x';</script>
            </body></html>
            """);

        var problem = await PageChecks.StructureProblemAsync(page) ?? "";

        Assert.All(["html has no lang", "2 h1 elements", "h4 \"Skipped\" follows h1", "navigation without a label", "main landmarks: 0", "banner landmarks: 0", "contentinfo landmarks: 0", "page has JavaScript"],
            part => Assert.Contains(part, problem));
    }

    [Fact]
    public async Task Axe_reports_the_violations_of_a_page_built_to_fail()
    {
        await using var context = await browser.NewContextAsync(1280, ColorScheme.Light);
        var page = await Canary.OpenAsync(context, sites["real"], """
            <!DOCTYPE html>
            <html><head><title>Broken</title></head><body><main>
            <h1>Broken</h1><h3>A skipped level</h3>
            <p style="color:#767676;background:#fff">Grey text that passes 4.5:1 but not 7:1.</p>
            <p style="color:#fff;background:#fff">White text on white.</p>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <p><button style="width:10px;height:10px;padding:0;border:0">a</button><button style="width:10px;height:10px;padding:0;border:0">b</button></p>
            </main></body></html>
            """);

        var ids = (await Axe.RunAsync(page)).Select(v => v.Id).ToList();

        Assert.Superset(new HashSet<string> { "html-has-lang", "heading-order", "color-contrast-enhanced", "image-alt", "target-size", "color-contrast (1:1)" }, ids.ToHashSet());
    }

    /// <summary>The Playwright colour scheme named by a test case.</summary>
    public static ColorScheme Scheme(string name) => name == "dark" ? ColorScheme.Dark : ColorScheme.Light;
}
