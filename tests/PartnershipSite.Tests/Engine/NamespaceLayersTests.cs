using System.Text.RegularExpressions;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Engine;

/// <summary>
/// The engine's namespaces form layers: no namespace depends, through any chain, on itself. A dependency is a
/// <c>using</c> of another PartnershipSite namespace or a reference qualified by one, in Core's source files.
/// </summary>
public sealed partial class NamespaceLayersTests
{
    private static readonly string Core = Path.Combine(RealFiles.RepositoryRoot, "src", "PartnershipSite.Core");

    [Fact]
    public void No_namespace_depends_on_itself_through_others()
    {
        var graph = Graph();

        var cycle = FindCycle(graph);

        Assert.True(cycle is null, cycle is null ? "" : "Namespace cycle: " + string.Join(" -> ", cycle) + ". " +
            string.Join("; ", cycle!.Zip(cycle.Skip(1)).Select(e => $"{e.First} -> {e.Second} in {string.Join(", ", graph[e.First][e.Second].Take(3))}")));
    }

    [Fact]
    public void The_engine_knows_no_step_and_no_lower_layer_knows_the_engine()
    {
        var graph = Graph();

        Assert.DoesNotContain("Steps", graph["Engine"].Keys);
        Assert.DoesNotContain("Build", graph["Engine"].Keys);
        foreach (var lower in new[] { "Checks", "Configuration", "Templates", "Feeds", "Caching", "Pdf", "Content", "IO" })
        {
            Assert.DoesNotContain("Engine", graph[lower].Keys);
        }
    }

    [Fact]
    public void The_graph_sees_dependencies()
    {
        // The reader must find what is plainly there, or the tests above could pass on an empty graph.
        var graph = Graph();

        Assert.Contains("Engine", graph["Steps"].Keys);
        Assert.Contains("Steps", graph["Build"].Keys);
        Assert.True(graph.Count >= 15, $"only {graph.Count} namespaces found");
    }

    // Namespace (below PartnershipSite, sub-namespaces folded into their parent) -> namespaces it uses -> files.
    private static Dictionary<string, Dictionary<string, List<string>>> Graph()
    {
        var graph = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var parsed = files.Select(f => (File: f, Text: File.ReadAllText(f))).ToList();
        // The types each namespace declares: "Checks.CheckSummary" is a dependency, "Checks.Add(…)" on a property is not.
        var declared = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, text) in parsed)
        {
            if (Namespace().Match(text) is { Success: true } m)
            {
                var layer = Layer(m.Groups[1].Value);
                graph.TryAdd(layer, new(StringComparer.Ordinal));
                if (!declared.TryGetValue(layer, out var names))
                {
                    declared[layer] = names = new(StringComparer.Ordinal);
                }
                names.UnionWith(Declaration().Matches(text).Select(d => d.Groups[1].Value));
            }
        }
        foreach (var (file, text) in parsed)
        {
            if (Namespace().Match(text) is not { Success: true } m)
            {
                continue;
            }
            var from = Layer(m.Groups[1].Value);
            var code = LineComment().Replace(text, "");
            var used = Using().Matches(code).Select(u => u.Groups[1].Value)
                .Concat(Qualified().Matches(code).Select(q => q.Groups[1].Value))
                .Concat(ShortQualified().Matches(code)
                    .Where(q => declared.TryGetValue(q.Groups[1].Value, out var names) && names.Contains(q.Groups[2].Value))
                    .Select(q => q.Groups[1].Value))
                .Select(Layer)
                .Where(to => to != from && graph.ContainsKey(to));
            foreach (var to in used.Distinct())
            {
                if (!graph[from].TryGetValue(to, out var list))
                {
                    graph[from][to] = list = [];
                }
                list.Add(Path.GetRelativePath(Core, file));
            }
        }
        return graph;
    }

    private static string Layer(string name)
    {
        var rest = name.StartsWith("PartnershipSite.", StringComparison.Ordinal) ? name["PartnershipSite.".Length..] : name;
        return rest.Split('.')[0];
    }

    private static List<string>? FindCycle(Dictionary<string, Dictionary<string, List<string>>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
        var path = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } found)
            {
                return found;
            }
        }
        return null;

        List<string>? Visit(string node)
        {
            if (state.TryGetValue(node, out var s))
            {
                return s == 1 ? [.. path.SkipWhile(p => p != node), node] : null;
            }
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph[node].Keys.Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } found)
                {
                    return found;
                }
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    [GeneratedRegex(@"^namespace (PartnershipSite[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^using (PartnershipSite\.[\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"\b(PartnershipSite\.[A-Z]\w*)\.")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*)\.([A-Z]\w*)")]
    private static partial Regex ShortQualified();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"//.*")]
    private static partial Regex LineComment();
}
