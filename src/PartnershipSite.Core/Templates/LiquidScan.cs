using System.Globalization;
using System.Text.RegularExpressions;
using PartnershipSite.Text;

namespace PartnershipSite.Templates;

/// <summary>
/// A scan of a layout's tags before Fluid parses it, for what Fluid's parser cannot be trusted with: blocks and
/// brackets nested deeper than <see cref="SourceLimits.MaxNesting"/> (its recursive descent overflows the stack and
/// kills the process), and tags it parses but this theme loader cannot run (<c>include</c> and <c>render</c> need
/// files a layout is not given).
/// </summary>
internal static partial class LiquidScan
{
    /// <summary>Tags Fluid parses that the theme loader refuses, with why.</summary>
    private static readonly Dictionary<string, string> Unsupported = new(StringComparer.Ordinal)
    {
        ["include"] = "layouts cannot include other files",
        ["render"] = "layouts cannot render other files",
        ["include_relative"] = "layouts cannot include other files",
        ["layout"] = "every page is wrapped in base.liquid already",
    };

    /// <summary>The most numbers a literal range <c>(a..b)</c> may hold: a page loops over at most a few thousand items.</summary>
    private const int MaxRange = 100_000;

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal) { "if", "unless", "for", "case", "capture", "tablerow", "macro", "with", "ifchanged" };

    /// <summary>The first problem, as (line, column, kind, detail), or null when the layout may be parsed.</summary>
    public static (int Line, int Column, Problem Kind, string Detail)? Check(string text)
    {
        var depth = 0;
        string? verbatim = null;
        foreach (Match tag in Tag().Matches(text))
        {
            var name = tag.Groups["name"].Value;
            var (line, column) = Position(text, tag.Index);
            if (verbatim is not null)
            {
                // Inside {% raw %} or {% comment %} nothing is a tag until its end tag.
                verbatim = name == "end" + verbatim ? null : verbatim;
                continue;
            }
            if (tag.Groups["open"].Value.StartsWith("{%", StringComparison.Ordinal))
            {
                if (name is "raw" or "comment")
                {
                    verbatim = name;
                    continue;
                }
                if (Unsupported.TryGetValue(name, out var why))
                {
                    return (line, column, Problem.UnsupportedTag, $"the tag '{name}' is not supported: {why}");
                }
                if (Blocks.Contains(name) && ++depth > SourceLimits.MaxNesting)
                {
                    return (line, column, Problem.TooDeep, "Liquid blocks are");
                }
                if (name.StartsWith("end", StringComparison.Ordinal) && Blocks.Contains(name[3..]))
                {
                    depth = Math.Max(0, depth - 1);
                }
            }
            if (BracketDepth(tag.Value) > SourceLimits.MaxNesting)
            {
                return (line, column, Problem.TooDeep, "Brackets in a Liquid tag are");
            }
            // Fluid makes every number of a range before the loop starts, so a huge literal range is a hang that
            // the step limit never sees.
            foreach (Match range in Range().Matches(tag.Value))
            {
                if (Math.Abs(double.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture) - double.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture)) >= MaxRange)
                {
                    return (line, column, Problem.UnsupportedTag, $"the range {range.Value} has more than {MaxRange:N0} numbers");
                }
            }
        }
        return null;
    }

    /// <summary>What is wrong with a layout.</summary>
    internal enum Problem
    {
        /// <summary>Nested past the limit.</summary>
        TooDeep,

        /// <summary>A tag the theme loader cannot run.</summary>
        UnsupportedTag,
    }

    /// <summary>The 1-based line and column of <paramref name="index"/>.</summary>
    public static (int Line, int Column) Position(string text, int index)
    {
        var before = text.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, index - lineStart + 1);
    }

    private static int BracketDepth(string markup)
    {
        int depth = 0, deepest = 0;
        foreach (var c in markup)
        {
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    // A tag or output up to its close, or to the next opener when it is never closed (so an unclosed "{{" that
    // repeats thousands of times is still seen, one opener at a time).
    [GeneratedRegex(@"(?<open>\{[{%]-?)\s*(?<name>[A-Za-z_]*)(?:(?!\{[{%]).)*?(?:-?[}%]\}|(?=\{[{%])|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\(\s*(-?\d{1,30})\s*\.\.\s*(-?\d{1,30})\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Range();
}
