using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace PartnershipSite.Fuzz;

/// <summary>
/// The mutation loop: picks a parent from the population (the seeds, plus every child whose build behaved in a
/// way not seen before: a new set of diagnostic codes, or published where its class had failed), mutates it and
/// checks it. Deterministic for a seed and an input count; with a time budget the count is whatever fits.
/// </summary>
public sealed class FuzzRunner(int seed, TextWriter log)
{
    private const int MaxPopulation = 2000;

    /// <summary>
    /// Runs until <paramref name="inputs"/> cases have been checked or <paramref name="budget"/> has passed.
    /// With <paramref name="findingsFolder"/>, each new class of finding is saved there as it is found, and the
    /// case being checked is kept in <c>current.json</c> so a crash that kills the process (a stack overflow) leaves it behind.
    /// </summary>
    public FuzzReport Run(int? inputs, TimeSpan? budget, string? findingsFolder = null)
    {
        var random = new Random(seed);
        var oracle = new Oracle();
        var seeds = Corpus.Seeds();
        var population = new List<FuzzCase>(seeds);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var mutator = new Mutator(random, seeds);
        var findings = ImmutableSortedDictionary.CreateBuilder<string, (int, Finding, FuzzCase)>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var count = 0;
        var published = 0;
        var lastReport = TimeSpan.Zero;
        if (findingsFolder is not null)
        {
            Directory.CreateDirectory(findingsFolder);
        }
        // Seeds are checked as they are, then mutated.
        var queue = new Queue<FuzzCase>(seeds);
        while ((inputs is null || count < inputs) && (budget is null || watch.Elapsed < budget))
        {
            var input = queue.Count > 0 ? queue.Dequeue() : mutator.Mutate(population[random.Next(population.Count)]);
            if (findingsFolder is not null)
            {
                File.WriteAllText(Path.Combine(findingsFolder, "current.json"), input.ToJson());
            }
            var finding = oracle.Check(input);
            count++;
            if (finding is null)
            {
                published += oracle.LastPublished ? 1 : 0;
                if (seen.Add(oracle.Behaviour) && population.Count < MaxPopulation)
                {
                    population.Add(input);
                }
            }
            else if (findings.TryGetValue(finding.Signature, out var known))
            {
                findings[finding.Signature] = (known.Item1 + 1, known.Item2, known.Item3);
            }
            else
            {
                findings[finding.Signature] = (1, finding, input);
                log.WriteLine($"[{watch.Elapsed:hh\\:mm\\:ss}] #{count} NEW {finding.Signature}");
                if (findingsFolder is not null)
                {
                    File.WriteAllText(Path.Combine(findingsFolder, FileName(finding)), input.ToJson());
                    File.WriteAllText(Path.Combine(findingsFolder, FileName(finding) + ".txt"), finding.Signature + "\n" + finding.Detail + "\n");
                }
            }
            if (watch.Elapsed - lastReport > TimeSpan.FromSeconds(30))
            {
                lastReport = watch.Elapsed;
                log.WriteLine($"[{watch.Elapsed:hh\\:mm\\:ss}] {count} inputs, {published} published, {findings.Values.Sum(f => f.Item1)} failing in {findings.Count} classes, population {population.Count}");
            }
        }
        if (findingsFolder is not null)
        {
            File.Delete(Path.Combine(findingsFolder, "current.json"));
        }
        return new FuzzReport(count, published, findings.ToImmutable());
    }

    /// <summary>A stable file name for a finding's class.</summary>
    public static string FileName(Finding finding) =>
        "finding-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(finding.Signature)))[..12] + ".json";
}
