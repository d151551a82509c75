using BenchmarkDotNet.Attributes;
using PartnershipSite.Configuration;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Steps;
using PartnershipSite.Templates;

namespace PartnershipSite.Benchmarks;

/// <summary><c>ApplyLayouts</c> for one release: the release layout wrapped in the base layout (Fluid, templates parsed once).</summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private Theme _theme = null!;
    private Dictionary<string, object> _values = null!;
    private DiagnosticBag _diagnostics = null!;

    /// <summary>The real theme and the real release, rendered to HTML body by the engine's earlier steps.</summary>
    [GlobalSetup]
    public async Task SetUp()
    {
        var (state, context) = await BenchSite.BuildUntilAsync<ApplyLayouts>();
        SiteConfig config = state.RequireConfig();
        Release release = state.Releases.Single(r => !r.Metadata.Slug.StartsWith("long-", StringComparison.Ordinal));
        _theme = state.Theme!;
        _diagnostics = context.Diagnostics;
        _values = new Dictionary<string, object>
        {
            ["site"] = ViewFactory.Site(config, state.Assets),
            ["page"] = ViewFactory.ReleasePage(config, release),
            ["release"] = ViewFactory.Release(config, release),
        };
    }

    /// <summary>The real release's page.</summary>
    [Benchmark]
    public string? RenderReleasePage() => _theme.Render("release", _values, _diagnostics);
}
