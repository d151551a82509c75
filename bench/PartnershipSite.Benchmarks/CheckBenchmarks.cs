using BenchmarkDotNet.Attributes;
using PartnershipSite.Engine;

namespace PartnershipSite.Benchmarks;

/// <summary>
/// <c>CheckSite</c> over the built site (no PDFs): every check the build runs (external links not requested), through
/// the step as the pipeline runs it. The page count is printed at set-up, so the mean divides into time per page.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private BuildState _state = null!;
    private BuildContext _context = null!;
    private IStep _step = null!;

    /// <summary>Builds the site up to, not including, <c>CheckSite</c>.</summary>
    [GlobalSetup]
    public async Task SetUp()
    {
        (_state, _context, var step) = await BenchSite.BuildUntilAsync("CheckSite");
        _step = step ?? throw new InvalidOperationException("The pipeline has no CheckSite step.");
        Console.WriteLine($"// pages: {_state.Outputs.Count(o => o.Provenance.IsPage)}");
    }

    /// <summary>Every check the build runs over the pages and feeds (external links not requested).</summary>
    [Benchmark]
    public ValueTask<BuildState> AllChecks() => _step.RunAsync(_state, _context, CancellationToken.None);
}
