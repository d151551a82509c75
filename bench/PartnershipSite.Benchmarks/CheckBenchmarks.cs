using BenchmarkDotNet.Attributes;
using PartnershipSite.Checks;
using PartnershipSite.Configuration;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Steps;

namespace PartnershipSite.Benchmarks;

/// <summary>
/// <c>CheckSite</c> per HTML page, over a built site of <see cref="BenchSite.PageCount"/> pages (no PDFs): the link
/// checks alone (each page parsed, its links found and resolved), and every check.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private CheckInput _input = null!;
    private CheckSettings _settings = null!;

    /// <summary>Builds the site in memory up to, not including, <c>CheckSite</c>.</summary>
    [GlobalSetup]
    public async Task SetUp()
    {
        var (state, context) = await BenchSite.BuildUntilAsync<CheckSite>();
        _input = CheckInput.FromBuild(state, context);
        _settings = state.RequireConfig().Checks;
        var pages = state.Outputs.Count(o => o.Path.EndsWith(".html", StringComparison.Ordinal));
        if (pages != BenchSite.PageCount)
        {
            throw new InvalidOperationException($"Expected {BenchSite.PageCount} pages, found {pages}: update BenchSite.PageCount.");
        }
    }

    /// <summary>Parsing each page and checking its links (placeholders, form, mail/phone, internal targets, HTTPS).</summary>
    [Benchmark(OperationsPerInvoke = BenchSite.PageCount)]
    public Task LinkChecksPerPage() => Run(new CheckCatalogue { LinkChecks = CheckCatalogue.Default.LinkChecks });

    /// <summary>Every check the build runs (external links not requested).</summary>
    [Benchmark(OperationsPerInvoke = BenchSite.PageCount)]
    public Task AllChecksPerPage() => Run(CheckCatalogue.Default);

    private async Task Run(CheckCatalogue catalogue)
    {
        var reporter = new CheckReporter(new DiagnosticBag(false), _settings);
        await new SiteChecker(catalogue).RunAsync(_input, reporter, 1, CancellationToken.None);
    }
}
