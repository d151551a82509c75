using Deque.AxeCore.Commons;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(PartnershipSite.Tests.Browser.BrowserFixture))]

namespace PartnershipSite.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for the whole test run, driven by Playwright. Chromium cannot be downloaded
/// here, so the system binary is launched by path; when it is missing, <see cref="Require"/> skips or fails.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // The real binary skips the /usr/bin/chromium launcher script's (harmless) warning. PARTNERSHIPSITE_CHROMIUM
    // names another binary (or a missing one, to see the skip and the CI failure happen).
    private static readonly string[] Candidates = Environment.GetEnvironmentVariable("PARTNERSHIPSITE_CHROMIUM") is { Length: > 0 } path
        ? [path]
        : ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    private static readonly string[] Arguments =
    [
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
        // No page may reach the network: every name fails to resolve except the loopback test servers.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _missing;

    /// <summary>axe-core's script, injected once per browser context rather than once per page check.</summary>
    public static string AxeScript { get; } = new BundledAxeScriptProvider().GetScript();

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var executable = Candidates.FirstOrDefault(File.Exists);
        if (executable is null)
        {
            _missing = $"Chromium was not found at {string.Join(" or ", Candidates)}.";
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Args = Arguments,
        });
    }

    /// <summary>The browser; skips the test (or fails it in CI) when Chromium is missing.</summary>
    public IBrowser Require()
    {
        Prerequisite.Require(_missing);
        return _browser!;
    }

    /// <summary>
    /// A fresh context with axe injected into every document it loads. Pages opened from it take
    /// <paramref name="width"/>, colour scheme and reduced-motion preference from the arguments.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(int width, ColorScheme scheme, ReducedMotion motion = ReducedMotion.NoPreference)
    {
        var context = await Require().NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            ColorScheme = scheme,
            ReducedMotion = motion,
            Locale = "en-GB",
        });
        await context.AddInitScriptAsync(AxeScript);
        return context;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
