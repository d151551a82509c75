using System.Globalization;
using System.Text;
using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Benchmarks;

/// <summary>
/// The site the step benchmarks run over: the real input and theme plus <see cref="SyntheticCount"/> long synthetic
/// releases, in a temporary folder, built through the engine's own steps up to (not including) the step a benchmark measures.
/// </summary>
internal static class BenchSite
{
    /// <summary>How many synthetic releases join the real one.</summary>
    public const int SyntheticCount = 20;

    /// <summary>
    /// Runs the default pipeline's steps before the one named <paramref name="stepName"/> (all of them when no step
    /// has that name), through the engine's public surface only: the benchmarks are callers outside the engine.
    /// </summary>
    public static async Task<(BuildState State, BuildContext Context, IStep? Step)> BuildUntilAsync(string stepName, bool withPdf = false)
    {
        var root = Load();
        var context = new BuildContext(new BuildOptions(Path.Join(root, "input"), Path.Join(root, "output"), null, root, 1), new PhysicalFileSystem(), TimeProvider.System);
        var state = new BuildState();
        foreach (var step in Pipeline.Default.TakeWhile(s => s.GetType().Name != stepName).Where(s => withPdf || s.GetType().Name != "RenderPdf"))
        {
            state = await step.RunAsync(state, context, CancellationToken.None);
        }
        if (context.Diagnostics.HasErrors)
        {
            throw new InvalidOperationException("The benchmark site has errors: " + string.Join('\n', context.Diagnostics.ToSortedArray()));
        }
        return (state, context, Pipeline.Default.FirstOrDefault(s => s.GetType().Name == stepName));
    }

    /// <summary>A long release: sections of paragraphs, emphasis, lists, quotations and links.</summary>
    public static string Synthetic(string slug, int sections = 40)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: A long synthetic release for the benchmark, number {slug}
            summary: Sections of paragraphs, lists and quotations.
            date: 2021-06-11
            type: Press release
            slug: {slug}
            from:
              organisations:
                - Department for Benchmarks
            ---

            """));
        for (var i = 1; i <= sections; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Section {i}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"The partnership will explore **cooperation** in research, *innovation* and [commercialisation][link], investing £{i}.5 billion in world-leading science – with “quotes” and ‘apostrophes’ throughout.\n\n");
            text.Append("- a first point that is long enough to wrap over the end of the line in the list body\n  - a nested point\n- a second point\n\n");
            text.Append("^^^\n> A quotation from a minister, long enough to need two lines on the page and a bar beside it.\n^^^ A Minister, Department for Benchmarks\n\n");
        }
        text.Append("[link]: https://example.org/\n");
        return text.ToString();
    }

    // The real input and theme and the synthetic releases, in a fresh folder on disk (the engine's in-memory file
    // system is not part of its public surface).
    private static string Load()
    {
        var root = Path.Combine(Path.GetTempPath(), $"partnershipsite-benchmarks-{Environment.ProcessId}");
        if (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
        var repository = FindRoot();
        Copy(repository, "input", root);
        Copy(repository, "theme", root);
        for (var i = 0; i < SyntheticCount; i++)
        {
            var slug = string.Create(CultureInfo.InvariantCulture, $"long-{i:D2}");
            System.IO.File.WriteAllText(Path.Combine(root, "input", "releases", $"2021-06-11-{slug}.md"), Synthetic(slug));
        }
        return root;
    }

    /// <summary>Copies a repository folder to the same path below <paramref name="target"/>.</summary>
    internal static void Copy(string repository, string folder, string target)
    {
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(repository, folder), "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, folder, Path.GetRelativePath(Path.Combine(repository, folder), file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            System.IO.File.Copy(file, to, overwrite: true);
        }
    }

    /// <summary>The repository root: the folder holding PartnershipSite.sln.</summary>
    internal static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (System.IO.File.Exists(Path.Combine(dir, "PartnershipSite.sln")))
            {
                return dir;
            }
        }
        throw new InvalidOperationException("PartnershipSite.sln not found above " + AppContext.BaseDirectory);
    }
}
