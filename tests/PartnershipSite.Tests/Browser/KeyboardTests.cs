using Microsoft.Playwright;

namespace PartnershipSite.Tests.Browser;

/// <summary>Keyboard use: the skip link comes first, and focus is always visible and never hidden (WCAG 2.4.1, 2.4.7, 2.4.11).</summary>
public sealed class KeyboardTests(BrowserFixture browser, SitesFixture sites)
{
    [Theory]
    [InlineData("real")]
    [InlineData("synthetic")]
    public async Task First_Tab_focuses_a_visible_skip_link_that_moves_focus_to_main(string siteName)
    {
        var site = sites[siteName];
        await using var context = await browser.NewContextAsync(1280, ColorScheme.Light);
        var page = await context.NewPageAsync();
        var results = new List<(string, string?)>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Url(path));
            await page.Keyboard.PressAsync("Tab");
            var first = await PageChecks.FocusedAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Screenshot(site, path, "1280-skip-link-focused") });
            var problem = first == "a.skip-link[href=#main]"
                ? await PageChecks.OutlineProblemAsync(page) ?? await PageChecks.FocusProblemAsync(page)
                : $"first Tab focused {first ?? "nothing"}";
            if (problem is null)
            {
                await page.Keyboard.PressAsync("Enter");
                var after = await PageChecks.FocusedAsync(page);
                problem = after == "main#main.wrap" ? null : $"skip link moved focus to {after ?? "nothing"}";
            }
            results.Add((path, problem));
        }
        Artifacts.WriteResults($"skip-link-{siteName}", results);
        Assert.All(results, r => Assert.True(r.Item2 is null, $"/{r.Item1}: {r.Item2}"));
    }

    [Theory]
    [InlineData("real", "light")]
    [InlineData("synthetic", "dark")]
    public async Task Every_focusable_element_shows_an_unobscured_focus_indicator(string siteName, string scheme)
    {
        var site = sites[siteName];
        await using var context = await browser.NewContextAsync(1280, AccessibilityTests.Scheme(scheme));
        var page = await context.NewPageAsync();
        var results = new List<(string, string?)>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Url(path));
            var problems = new List<string>();
            var stops = 0;
            for (; stops < 200; stops++)
            {
                await page.Keyboard.PressAsync("Tab");
                if (await PageChecks.FocusedAsync(page) is null)
                {
                    break;  // focus left the document: every stop has been visited
                }
                if (await PageChecks.FocusProblemAsync(page) is { } problem)
                {
                    problems.Add(problem);
                }
                if (stops == 3)
                {
                    // The fourth focus stop, after skip link, site title and navigation: usually a link in the text.
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Screenshot(site, path, $"1280-{scheme}-fourth-focus-stop") });
                }
            }
            results.Add((path, problems.Count == 0 ? null : string.Join("; ", problems)));
            Assert.True(stops > 1, $"/{path}: only {stops} focus stop(s)");
        }
        Artifacts.WriteResults($"focus-{siteName}-{scheme}", results);
        Assert.All(results, r => Assert.True(r.Item2 is null, $"/{r.Item1}: {r.Item2}"));
    }

    [Fact]
    public async Task Focus_check_catches_an_invisible_outline()
    {
        await using var context = await browser.NewContextAsync(1280, ColorScheme.Light);
        var page = await Canary.OpenAsync(context, sites["real"], """
            <!DOCTYPE html>
            <html lang="en"><head><title>Broken</title><style>a:focus { outline: none; }</style></head>
            <body><a href="#x">A link with its outline removed</a></body></html>
            """);

        await page.Keyboard.PressAsync("Tab");

        Assert.Contains("no visible focus indicator", await PageChecks.FocusProblemAsync(page) ?? "");
    }
}
