using BenchmarkDotNet.Running;

// Not run by the tests. Measure with:
//   dotnet run -c Release --project bench/PartnershipSite.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(PartnershipSite.Benchmarks.PdfBenchmarks).Assembly).Run(args);
