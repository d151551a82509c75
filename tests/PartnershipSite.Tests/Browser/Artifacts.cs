using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Browser;

/// <summary>
/// Files the browser tests leave for people to look at, under the git-ignored <c>artifacts/</c> folder:
/// screenshots, and one results file per test case listing every page's outcome.
/// </summary>
public static class Artifacts
{
    /// <summary>Screenshots: <c>artifacts/screenshots/&lt;site&gt;/&lt;page&gt;-&lt;view&gt;.png</c>.</summary>
    public static string Screenshots { get; } = RealFiles.PathOf("artifacts/screenshots");

    /// <summary>Per-page results: <c>artifacts/browser/results/&lt;check&gt;-&lt;site&gt;.txt</c>.</summary>
    public static string Results { get; } = RealFiles.PathOf("artifacts/browser/results");

    /// <summary>The path of a screenshot of <paramref name="page"/> in <paramref name="view"/> (e.g. <c>320-dark</c>).</summary>
    public static string Screenshot(BuiltSite site, string page, string view)
    {
        ArgumentNullException.ThrowIfNull(site);
        var directory = Path.Combine(Screenshots, site.Name);
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, $"{BuiltSite.Slug(page)}-{view}.png");
    }

    /// <summary>Writes one line per page: its path and <c>ok</c> or what was wrong.</summary>
    public static void WriteResults(string check, IEnumerable<(string Page, string? Problem)> results)
    {
        Directory.CreateDirectory(Results);
        File.WriteAllLines(Path.Combine(Results, check + ".txt"),
            results.Select(r => $"/{r.Page}\t{r.Problem ?? "ok"}"));
    }
}
