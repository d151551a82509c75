using PartnershipSite.Build;
using PartnershipSite.Tests.Support;

[assembly: AssemblyFixture(typeof(PartnershipSite.Tests.Browser.SitesFixture))]

namespace PartnershipSite.Tests.Browser;

/// <summary>
/// Builds the real site (<c>input/</c> + <c>theme/</c>) and the synthetic site once per test run, writes them
/// under <c>artifacts/browser/sites/</c> (git-ignored, for the Nu checker and for people to look at) and serves
/// each from its own loopback Kestrel server.
/// </summary>
public sealed class SitesFixture : IAsyncLifetime
{
    private readonly Dictionary<string, BuiltSite> _sites = new(StringComparer.Ordinal);

    /// <summary>Where built sites are written.</summary>
    public static string Root { get; } = RealFiles.PathOf("artifacts/browser/sites");

    /// <summary>A site by name: <c>real</c> or <c>synthetic</c>.</summary>
    public BuiltSite this[string name] => _sites[name];

    /// <summary>Every built site.</summary>
    public IEnumerable<BuiltSite> All => _sites.Values;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        // Start from nothing, so no screenshot or result of an earlier run is mistaken for this one's.
        foreach (var directory in (string[])[Root, Artifacts.Screenshots, Artifacts.Results])
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        await AddAsync("real", TestSite.FromRepository(), PartnershipSite.Build.Pipeline.Default);
        // The synthetic site shows every Markdown construct in the browser, including those the PDF layout refuses
        // (tables, footnotes) and links to a made-up host the link checks would refuse; its HTML is what is tested.
        await AddAsync("synthetic", TestSite.Parse(SyntheticSite.Text()),
            PartnershipSite.Build.Pipeline.Default.RemoveAll(s => s is PartnershipSite.Steps.RenderPdf or PartnershipSite.Steps.CheckSite));
    }

    private async Task AddAsync(string name, TestSite site, System.Collections.Immutable.ImmutableArray<PartnershipSite.Engine.IStep> steps)
    {
        var result = await site.BuildAsync(steps: steps);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The {name} site did not build:\n" + string.Join('\n', result.Diagnostics));
        }
        var directory = Path.Combine(Root, name);
        var files = site.ExportOutput(directory);
        var pages = files
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f)
            .Order(StringComparer.Ordinal)
            .ToList();
        var server = await SiteServer.StartAsync(directory, CancellationToken.None);
        _sites[name] = new BuiltSite(name, directory, server, pages, files);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var site in _sites.Values)
        {
            await site.Server.DisposeAsync();
        }
    }
}
