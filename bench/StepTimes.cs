// Where a serve rebuild's time goes, step by step: builds the input folder with serve's pipeline (checks left out,
// as serve writes before it checks) and a kept BuildCache, then edits one release's title seven times and prints the
// median time of each step over the last six rebuilds. Writes to <input>/../timing.preview.
//   dotnet run -c Release bench/StepTimes.cs -- <input folder> <release file name in releases/>
#:project ../src/PartnershipSite.Core/PartnershipSite.Core.csproj
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property PublishAot=false
#:property Configuration=Release
using System.Collections.Immutable;
using PartnershipSite.Build;
using PartnershipSite.Caching;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Steps;

var input = args[0];
var file = Path.Combine(input, "releases", args[1]);
var steps = Pipeline.Preview(new WriteChangedFiles()).Where(s => s.Name != "CheckSite").ToImmutableArray();
var builder = new SiteBuilder(new PhysicalFileSystem(), TimeProvider.System, steps, new BuildCache());
var options = new BuildOptions(input, Path.Combine(input, "..", "timing.preview"));
var totals = new Dictionary<string, List<double>>();
for (var i = 0; i < 8; i++)
{
    if (i > 0)
    {
        var text = File.ReadAllText(file);
        var at = text.IndexOf("title: ", StringComparison.Ordinal);
        var end = text.IndexOf('\n', at);
        File.WriteAllText(file, text[..at] + "title: Timing edit " + i + text[end..]);
    }
    var sw = System.Diagnostics.Stopwatch.StartNew();
    var result = await builder.BuildAsync(options, CancellationToken.None);
    Console.WriteLine($"build {i}: {sw.ElapsedMilliseconds} ms");
    if (i >= 2)
    {
        foreach (var t in result.Timings)
        {
            (totals.TryGetValue(t.Step, out var l) ? l : totals[t.Step] = []).Add(t.Elapsed.TotalMilliseconds);
        }
    }
}
foreach (var (step, list) in totals.OrderByDescending(kv => kv.Value.Average()))
{
    Console.WriteLine($"{step,-28} {list.Order().ElementAt(list.Count / 2),8:F1} ms median");
}
