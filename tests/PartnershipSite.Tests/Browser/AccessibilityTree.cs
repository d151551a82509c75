using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace PartnershipSite.Tests.Browser;

/// <summary>
/// The accessibility tree Chromium hands a screen reader (CDP <c>Accessibility.getFullAXTree</c>), with ignored nodes
/// left out and their children lifted, and inline text boxes dropped: what a reader can reach, in reading order.
/// </summary>
public sealed record AccessibilityTree(string Role, string Name, IReadOnlyList<AccessibilityTree> Children)
{
    /// <summary>The tree of the page loaded in <paramref name="page"/>.</summary>
    public static async Task<AccessibilityTree> OfAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var session = await page.Context.NewCDPSessionAsync(page);
        var reply = await session.SendAsync("Accessibility.getFullAXTree") ?? throw new InvalidOperationException("No accessibility tree.");
        // A node id can come twice (a node Chromium reports under two parents, such as a table's caption): the first wins.
        var nodes = reply.GetProperty("nodes").EnumerateArray().GroupBy(n => n.GetProperty("nodeId").GetString()!).ToDictionary(g => g.Key, g => g.First());
        var root = nodes.Values.First(n => !n.TryGetProperty("parentId", out _));
        return Build(root, nodes).Single();
    }

    private static List<AccessibilityTree> Build(JsonElement node, Dictionary<string, JsonElement> nodes)
    {
        var children = node.TryGetProperty("childIds", out var ids)
            ? ids.EnumerateArray().Select(id => id.GetString()!).Where(nodes.ContainsKey).SelectMany(id => Build(nodes[id], nodes)).ToList()
            : [];
        var role = Value(node, "role");
        var ignored = node.TryGetProperty("ignored", out var i) && i.GetBoolean();
        if (role == "InlineTextBox")
        {
            return [];
        }
        if (ignored || (role is "none" or "generic" && Value(node, "name").Length == 0))
        {
            return children;
        }
        return [new AccessibilityTree(role, Value(node, "name"), children)];
    }

    private static string Value(JsonElement node, string property) =>
        node.TryGetProperty(property, out var p) && p.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    /// <summary>The first node (depth first) with this role, or null.</summary>
    public AccessibilityTree? Find(string role) => Role == role ? this : Children.Select(c => c.Find(role)).FirstOrDefault(f => f is not null);

    /// <summary>Every node (depth first), this one included.</summary>
    public IEnumerable<AccessibilityTree> All() => Children.SelectMany(c => c.All()).Prepend(this);

    /// <summary>
    /// What a screen reader says reading this part straight through in browse mode: each text node's text and each
    /// image's name (its alt text), in order. Group names (a figure's, a region's) are left out: they are made from
    /// text the reader also reaches.
    /// </summary>
    public IEnumerable<string> Heard()
    {
        if (Role is "StaticText" or "image")
        {
            return Name.Length > 0 ? [Name] : [];
        }
        return Children.SelectMany(c => c.Heard());
    }

    /// <summary>How often <paramref name="text"/> is heard reading this part straight through (whitespace normalised).</summary>
    public int TimesHeard(string text)
    {
        var heard = Normalise(string.Join(" ", Heard()));
        var wanted = Normalise(text);
        var count = 0;
        for (var at = heard.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = heard.IndexOf(wanted, at + wanted.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The tree as indented lines of role and name, for a person to read.</summary>
    public string Dump()
    {
        var text = new StringBuilder();
        Write(this, 0);
        return text.ToString();

        void Write(AccessibilityTree node, int depth)
        {
            text.Append(' ', depth * 2).Append(node.Role);
            if (node.Name.Length > 0)
            {
                text.Append(" \"").Append(node.Name).Append('"');
            }
            text.Append('\n');
            foreach (var child in node.Children)
            {
                Write(child, depth + 1);
            }
        }
    }
}
