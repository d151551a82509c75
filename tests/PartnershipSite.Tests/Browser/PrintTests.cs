using Microsoft.Playwright;

namespace PartnershipSite.Tests.Browser;

/// <summary>The print stylesheet, checked in the browser with print media emulated.</summary>
public sealed class PrintTests(BrowserFixture browser, SitesFixture sites)
{
    // For each page: navigation hidden, and every external, mail or phone link in main followed by its destination.
    private const string PrintProblems = """
        () => {
          const problems = [];
          for (const selector of ['.skip-link', '.site-nav']) {
            const e = document.querySelector(selector);
            if (e && getComputedStyle(e).display !== 'none') problems.push(selector + ' is printed');
          }
          for (const a of document.querySelectorAll('main a[href^="http"], main a[href^="mailto:"], main a[href^="tel:"]')) {
            const after = getComputedStyle(a, '::after').content;
            if (!after.includes(a.getAttribute('href'))) problems.push('link "' + a.textContent.trim() + '" prints without its destination');
          }
          return problems.length === 0 ? null : problems.join('; ');
        }
        """;

    // Readers with a dark screen print too: the print colours must not depend on the scheme.
    [Theory]
    [InlineData("real", "light")]
    [InlineData("real", "dark")]
    [InlineData("synthetic", "dark")]
    public async Task Printed_pages_hide_navigation_show_link_destinations_and_pass_axe(string siteName, string scheme)
    {
        var site = sites[siteName];
        await using var context = await browser.NewContextAsync(800, AccessibilityTests.Scheme(scheme));
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var results = new List<(string, string?)>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Url(path));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Screenshot(site, path, $"print-{scheme}"), FullPage = true });
            // axe in print media too: its contrast rules see the print colours (white header text on white paper, say).
            var violations = await Axe.RunAsync(page);
            var problem = await page.EvaluateAsync<string?>(PrintProblems);
            results.Add((path, violations.Count == 0 ? problem : $"{problem} axe: " + string.Join("\n  ", violations)));
        }
        Artifacts.WriteResults($"print-{siteName}-{scheme}", results);
        Assert.All(results, r => Assert.True(r.Item2 is null, $"/{r.Item1}: {r.Item2}"));
    }
}
