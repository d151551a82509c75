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

    [Theory]
    [MemberData(nameof(SitesAndSchemes))]
    public async Task Every_page_has_no_axe_violations_at_1280_px(string siteName, string scheme)
    {
        var site = sites[siteName];
        await using var context = await browser.NewContextAsync(1280, Scheme(scheme));
        var page = await context.NewPageAsync();
        var results = new List<(string, string?)>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Url(path));
            var violations = await Axe.RunAsync(page);
            results.Add((path, violations.Count == 0 ? null : string.Join("; ", violations.Select(v => v.Id))));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Screenshot(site, path, $"1280-{scheme}"), FullPage = true });
            Assert.True(violations.Count == 0, $"/{path} ({scheme}):\n  " + string.Join("\n  ", violations));
        }
        Artifacts.WriteResults($"axe-{siteName}-{scheme}", results);
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
