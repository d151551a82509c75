using System.Diagnostics;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Cli;

/// <summary>
/// Every page loaded in headless Chromium with netlify.toml's CSP, as the preview server sends it (plus a report
/// address): the browser reports each violation to the server, and there must be none.
/// </summary>
public sealed class CspBrowserTests
{
    private const string Chromium = "/usr/bin/chromium"; // installed by scripts/install-prerequisites

    [Fact]
    public async Task Every_served_page_loads_in_chromium_with_zero_csp_violations_and_a_style_attribute_is_caught()
    {
        await using var site = await ServedSite.StartAsync();
        foreach (var path in new[] { "/", "/releases/first/", "/no-such-page/" })
        {
            await LoadAsync(site, path);
        }
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        var clean = site.Session.CspViolations.ToList();

        // The control: a style= attribute the CSP blocks is reported, so silence above means no violation.
        var layout = site.PathOf("theme/layouts/base.liquid");
        await site.EditAndWaitAsync(() => File.WriteAllText(layout, File.ReadAllText(layout).Replace("<main id", "<main style=\"color: red\" id", StringComparison.Ordinal)));
        await LoadAsync(site, "/");
        for (var i = 0; i < 100 && site.Session.CspViolations.Count == 0; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Empty(clean);
        Assert.Contains(site.Session.CspViolations, v => v.Contains("style-src-attr", StringComparison.Ordinal));
    }

    private static async Task LoadAsync(ServedSite site, string path)
    {
        Assert.True(File.Exists(Chromium), "Chromium is missing: run scripts/install-prerequisites.");
        var start = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        // --timeout stops the load after 3 s: the live-reload event stream never finishes loading by design.
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={site.PathOf("chromium-profile")}",
            "--dump-dom", "--timeout=3000", new Uri(site.Http.BaseAddress!, path).ToString() })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        Assert.Contains("</html>", await dom, StringComparison.Ordinal);
    }
}
