using System.Diagnostics;
using BenchmarkDotNet.Running;
using PartnershipSite.Benchmarks;

// Not run by the tests. Wall-clock statistics and allocations (BenchmarkDotNet) for the hot steps: Markdown parse and
// render, template render, checks per page, PDF layout and render:
//   dotnet run -c Release --project bench/PartnershipSite.Benchmarks -- --filter '*' --job short
//   dotnet run -c Release --project bench/PartnershipSite.Benchmarks -- --filter '*Check*' --job short
// CPU time per page, which a busy shared machine distorts less than wall-clock time:
//   dotnet run -c Release --project bench/PartnershipSite.Benchmarks -- --cpu
if (args is ["--cpu", ..])
{
    var benchmarks = new PdfBenchmarks();
    await benchmarks.SetUp();
    foreach (var (name, run, pages) in new (string, Func<ValueTask<PartnershipSite.Engine.BuildState>>, int)[]
    {
        ("real release", benchmarks.RealRelease, benchmarks.RealPages),
        ("long release", benchmarks.LongRelease, benchmarks.LongPages),
        ("rich release", benchmarks.RichRelease, benchmarks.RichPages),
    })
    {
        for (var i = 0; i < 20; i++)
        {
            await run();
        }
        const int Runs = 100;
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < Runs; i++)
        {
            await run();
        }
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / Runs;
        Console.WriteLine(FormattableString.Invariant($"{name}: {pages} pages, {cpu:0.00} ms CPU per PDF, {cpu / pages:0.00} ms CPU per page"));
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(PdfBenchmarks).Assembly).Run(args);
