using Microsoft.Playwright;

namespace PartnershipSite.Tests.Browser;

/// <summary>Opens a deliberately broken page (served by route interception on the loopback origin) to prove a check can fail.</summary>
public static class Canary
{
    /// <summary>Opens <paramref name="html"/> in a new page of <paramref name="context"/>.</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, BuiltSite origin, string html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(origin);
        await context.RouteAsync("**/__canary/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = html,
        }));
        var page = await context.NewPageAsync();
        await page.GotoAsync(origin.Url("__canary/page.html"));
        return page;
    }
}
