using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Steps;

namespace PartnershipSite.Benchmarks;

/// <summary>
/// The site the step benchmarks run over: the real input and theme plus <see cref="SyntheticCount"/> long synthetic
/// releases, in memory, built through the engine's own steps up to (not including) the step a benchmark measures.
/// </summary>
internal static class BenchSite
{
    /// <summary>How many synthetic releases join the real one.</summary>
    public const int SyntheticCount = 20;

    /// <summary>HTML pages in the built site: the releases, the home page and the 404 page.</summary>
    public const int PageCount = SyntheticCount + 1 + 2;

    /// <summary>Runs the default pipeline's steps before <typeparamref name="TStep"/> (or all but writing, when null).</summary>
    public static async Task<(BuildState State, BuildContext Context)> BuildUntilAsync<TStep>(bool withPdf = false)
        where TStep : IStep
    {
        var fs = Load();
        var context = new BuildContext(new BuildOptions("input", "output", null, "/site", 1), fs, TimeProvider.System);
        var state = new BuildState();
        foreach (var step in Pipeline.Default.TakeWhile(s => s is not TStep).Where(s => withPdf || s is not RenderPdf))
        {
            state = await step.RunAsync(state, context, CancellationToken.None);
        }
        if (context.Diagnostics.HasErrors)
        {
            throw new InvalidOperationException("The benchmark site has errors: " + string.Join('\n', context.Diagnostics.ToSortedArray()));
        }
        return (state, context);
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

    private static InMemoryFileSystem Load()
    {
        var root = FindRoot();
        var fs = new InMemoryFileSystem("/site");
        Copy(fs, root, "input");
        Copy(fs, root, "theme");
        for (var i = 0; i < SyntheticCount; i++)
        {
            var slug = string.Create(CultureInfo.InvariantCulture, $"long-{i:D2}");
            fs.WriteAllText($"/site/input/releases/2021-06-11-{slug}.md", Synthetic(slug));
        }
        return fs;
    }

    /// <summary>Copies a repository folder into the in-memory site at the same path below <c>/site</c>.</summary>
    internal static void Copy(InMemoryFileSystem fs, string root, string folder)
    {
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
        {
            fs.WriteAllBytes("/site/" + folder + "/" + Path.GetRelativePath(Path.Combine(root, folder), file).Replace('\\', '/'), System.IO.File.ReadAllBytes(file));
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
