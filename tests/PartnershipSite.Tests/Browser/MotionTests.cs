using Microsoft.Playwright;

namespace PartnershipSite.Tests.Browser;

/// <summary>The theme's only motion, smooth scrolling to in-page targets, honours <c>prefers-reduced-motion</c>.</summary>
public sealed class MotionTests(BrowserFixture browser, SitesFixture sites)
{
    [Theory]
    [InlineData(ReducedMotion.Reduce, "auto")]
    [InlineData(ReducedMotion.NoPreference, "smooth")]
    public async Task Smooth_scrolling_is_used_only_when_motion_is_not_reduced(ReducedMotion motion, string expected)
    {
        var site = sites["real"];
        await using var context = await browser.NewContextAsync(1280, ColorScheme.Light, motion);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(site.Pages.First(p => p.StartsWith("releases/", StringComparison.Ordinal))));

        var behaviour = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior");

        Assert.Equal(expected, behaviour);
    }
}
