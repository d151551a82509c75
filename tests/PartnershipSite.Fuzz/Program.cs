using System.Globalization;
using PartnershipSite.Fuzz;

// scripts/fuzz [SECONDS] [--seed N] [--inputs N] [--findings DIR] [--replay FILE.json]
var seconds = 60.0;
var seed = 1;
int? inputs = null;
var findings = Path.Combine(Corpus.RepositoryRoot, "artifacts", "fuzz");
string? replay = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seed":
            seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--inputs":
            inputs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--findings":
            findings = args[++i];
            break;
        case "--replay":
            replay = args[++i];
            break;
        default:
            seconds = double.Parse(args[i], CultureInfo.InvariantCulture);
            break;
    }
}

if (replay is not null)
{
    var finding = new Oracle().Check(FuzzCase.FromJson(File.ReadAllText(replay)));
    Console.WriteLine(finding is null ? "ok: every promise held" : $"{finding.Signature}\n{finding.Detail}");
    return finding is null ? 0 : 1;
}

Console.WriteLine($"Fuzzing for {(inputs is { } n ? $"{n} inputs" : $"{seconds:0} s")} with seed {seed}; findings in {findings}");
var report = new FuzzRunner(seed, Console.Out).Run(inputs, inputs is null ? TimeSpan.FromSeconds(seconds) : null, findings);
Console.WriteLine($"{report.Inputs} inputs, {report.Published} published, {report.FailingInputs} failing in {report.Findings.Count} classes");
foreach (var (signature, (count, first, _)) in report.Findings)
{
    Console.WriteLine($"  {count,6}  {signature}");
    Console.WriteLine($"          {first.Detail.Split('\n')[0]}");
}
return report.Findings.IsEmpty ? 0 : 1;
