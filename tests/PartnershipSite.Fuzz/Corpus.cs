using System.Collections.Immutable;

namespace PartnershipSite.Fuzz;

/// <summary>
/// The seed corpus: the repository's real site (its release, <c>site.yml</c> and layouts, read where they live so
/// the seeds never drift from them) and the hand-written bad-input seeds in <c>tests/PartnershipSite.Fuzz/corpus/</c>.
/// </summary>
public static class Corpus
{
    /// <summary>The repository root: the folder holding PartnershipSite.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Where the hand-written seeds are.</summary>
    public static string SeedFolder => Path.Combine(RepositoryRoot, "tests", "PartnershipSite.Fuzz", "corpus");

    /// <summary>Where every failure the fuzzer found (and that is now fixed) is kept, replayed by the tests.</summary>
    public static string RegressionFolder => Path.Combine(RepositoryRoot, "tests", "PartnershipSite.Fuzz", "regressions");

    /// <summary>The real site as a case: every file of <c>input/</c>, the theme's layouts, and request paths.</summary>
    public static FuzzCase RealSite()
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { "input", Path.Combine("theme", "layouts") })
        {
            var root = Path.Combine(RepositoryRoot, folder);
            foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(IsText).Order(StringComparer.Ordinal))
            {
                files[Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/')] = File.ReadAllText(file);
            }
        }
        return new FuzzCase(files.ToImmutable(), ["/", "/index.html", "/releases/uk-and-us-agree-to-strengthen-ties-in-science-and-technology/", "/feed.xml", "/assets/", "/404.html", "/nope"]);
    }

    /// <summary>Every seed: the real site first, then the hand-written ones in file-name order.</summary>
    public static ImmutableArray<FuzzCase> Seeds()
    {
        var real = RealSite();
        var seeds = ImmutableArray.CreateBuilder<FuzzCase>();
        seeds.Add(real);
        foreach (var file in Directory.GetFiles(SeedFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            var seed = FuzzCase.FromSections(File.ReadAllText(file));
            // A seed that brings no site.yml or no layouts takes the real site's, so it reaches the later steps.
            var files = real.Files.Where(f => !f.Key.StartsWith("input/releases/", StringComparison.Ordinal) || !seed.Files.Keys.Any(k => k.StartsWith("input/releases/", StringComparison.Ordinal)))
                .Concat(seed.Files)
                .GroupBy(f => f.Key, StringComparer.Ordinal)
                .ToImmutableSortedDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
            seeds.Add(new FuzzCase(files, seed.Requests.IsEmpty ? real.Requests : seed.Requests));
        }
        return seeds.ToImmutable();
    }

    /// <summary>Every saved regression fixture, by file name.</summary>
    public static IEnumerable<(string Name, FuzzCase Case)> Regressions() =>
        Directory.GetFiles(RegressionFolder, "*.json").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), FuzzCase.FromJson(File.ReadAllText(f))));

    private static bool IsText(string path) => Path.GetExtension(path) is ".md" or ".yml" or ".liquid";

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "PartnershipSite.sln")))
            {
                return dir;
            }
        }
        throw new InvalidOperationException("PartnershipSite.sln not found above " + AppContext.BaseDirectory);
    }
}
