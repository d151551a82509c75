using BenchmarkDotNet.Attributes;
using PartnershipSite.Engine;

namespace PartnershipSite.Benchmarks;

/// <summary><c>ApplyLayouts</c> for one release: the release layout wrapped in the base layout (Fluid, templates parsed once).</summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private BuildState _state = null!;
    private BuildContext _context = null!;
    private IStep _step = null!;

    /// <summary>The real theme and the real release alone, rendered to HTML body by the engine's earlier steps.</summary>
    [GlobalSetup]
    public async Task SetUp()
    {
        var (state, context, step) = await BenchSite.BuildUntilAsync("ApplyLayouts");
        _state = state with { Releases = [state.Releases.Single(r => !r.Metadata.Slug.StartsWith("long-", StringComparison.Ordinal))] };
        _context = context;
        _step = step ?? throw new InvalidOperationException("The pipeline has no ApplyLayouts step.");
    }

    /// <summary>The real release's page.</summary>
    [Benchmark]
    public ValueTask<BuildState> RenderReleasePage() => _step.RunAsync(_state, _context, CancellationToken.None);
}
