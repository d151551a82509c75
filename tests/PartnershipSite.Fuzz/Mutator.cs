using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PartnershipSite.Fuzz;

/// <summary>
/// Structured mutations: each picks a file of the case (or its request paths) and changes it the way an editor's
/// accident or an attacker would, with tokens of the file's own language (YAML, Markdown, Liquid, URL paths),
/// characters the output formats cannot carry, values at the edges of their types, deep nesting and long lines.
/// Only <see cref="Random"/> with the run's seed decides, so a seed replays the same inputs.
/// </summary>
public sealed class Mutator(Random random, IReadOnlyList<FuzzCase> corpus)
{
    /// <summary>The largest case a mutation may make: a small site, so one input stays well under a second.</summary>
    public const int MaxCaseSize = 1_200_000;

    private static readonly string[] YamlTokens =
    [
        "{", "}", "[", "]", ": ", "- ", "? ", "&a ", "*a", "!!binary ", "!!str ", "!!int ", "!!timestamp ", "!x ", "|", ">", "|-", "'", "\"", "#",
        "---", "...", "%YAML 1.2\n", "<<: *a\n", "\t", "  ", "~", "null", "true", "{a: [b, {c: d}]}", "[a, b", "{a: b", "\"\\u0000\"", "\"\\x07\"",
        "\"\\uFFFE\"", "\"\\U0010FFFF\"", "\"\\ud800\"", "key: value\n", "title: x\n", "date: 2021-06-10\n", "from:\n  organisations: [a]\n",
    ];

    private static readonly string[] MarkdownTokens =
    [
        "> ", "- ", "* ", "1. ", "# ", "###### ", "```", "~~~", "    ", "\n|a|b|\n|-|-|\n|1|2|\n", "|", "[x]", "[x]: https://example.gov.uk/\n",
        "[link][x]", "[link](https://example.gov.uk/)", "![alt](chart.png)", "![](rule.png){role=presentation}", "[^1]", "\n[^1]: note\n",
        "*[UK]: United Kingdom\n", "{lang=cy}", "*bonjour*{lang=fr}", "{lang=}", "{.class}", "\n^^^\n", "^^^ Figure 1: cap\n", "<div>", "</div>",
        "<b>", "&#0;", "&#xFFFE;", "&#1114112;", "&amp;", "*", "**", "_", "`", "\\", "<https://example.gov.uk/>", "https://x.example/",
        "---\n", "***\n", "<!--", "-->", "\n\n", "  \n", "[", "](", ")", "(", "!", "^", "~~", "==", "++", "$$", ":::", "[[", "]]", "{{", "}}",
        "mailto:a@b", "tel:+44", "javascript:alert(1)", "#frag", "../", "%2e%2e/",
        // Govspeak's press blocks (Markup/Blocks): openers and closers alone, crossed and nested, and a contact's lines.
        "\n^", "^\n", "\n%", "%\n", "\n^Callout^\n", "\n%Warning%\n", "\n$C\n", "\n$A\n", "\n$CTA\n", "$C", "$A", "$CTA", "\\^",
        "\n{stat-headline}\n", "\n{/stat-headline}\n", "\n$C\nName\nTelephone: 020 7946 0000\na@b.example\n$C\n", "\n$CTA\n$C\nx\n$C\n$CTA\n",
        "\n^ ^^^\n", "Out of hours: +44 (0)20 7946 0999\n",
    ];

    private static readonly string[] LiquidTokens =
    [
        "{{", "}}", "{%", "%}", "{{ nope }}", "{{ site.nope }}", "{{ page.title.nope }}", "{{ site.title | nope }}", "{{ site.title | truncate: -1 }}",
        "{% if %}", "{% endif %}", "{% for x in (1..100000000) %}{{ x }}{% endfor %}", "{% for x in releases %}", "{% endfor %}",
        "{% include 'x' %}", "{% render 'base' %}", "{% layout 'base' %}", "{% raw %}", "{% endraw %}", "{% comment %}", "{% endcomment %}",
        "{% cycle 1, 2 %}", "{% unknowntag %}", "{% assign x = 1 %}", "{% capture c %}", "{% endcapture %}", "{% increment i %}",
        "{% liquid echo 1 %}", "{% macro m %}{% endmacro %}", "{% from 'x' import m %}", "{% include_relative 'x' %}", "{% case x %}",
        "{% when 1 %}", "{% endcase %}", "{% break %}", "{% continue %}", "{{ 'a' | append: 'b' | upcase }}", "{% echo site.title %}",
        "{{ site.title | date: '%Y' }}", "{{ 1 | divided_by: 0 }}", "{{ '' | slice: 0, -1 }}", "{{ x[0][0][0] }}", "<", ">", "&",
    ];

    private static readonly string[] RequestTokens =
    [
        "/", "//", "..", "../", "%2e%2e/", "%2F", "%00", "%", "%ZZ", "?", "#", "index.html", "404.html", "assets/", "releases/", ".partnershipsite",
        "\\", "~", "%c0%af", "%ff", "/./", "feed.xml", "/../../etc/passwd", "%u002e", ";", "*", ":", "%20", "\u00e9", "\U0001F600",
    ];

    private static readonly string[] EdgeValues =
    [
        "0001-01-01", "9999-12-31", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-14:00",
        "2021-02-29", "2020-02-29", "2021-06-10T24:00:00+01:00", "2021-06-10T23:59:60Z", "10000-01-01", "0000-01-01", "-0001-01-01", "2021-06-10T12:00:00+99:00",
        "1970-01-01T00:00:00Z", "2038-01-19T03:14:08Z", "\"\"", "''", "~", "[]", "{}", "0", "-1", "2147483648", "99999999999999999999", "1e400", "NaN",
        "../..", "/", "..", ".", "/etc", "a\u0000b", "con", "aux.txt", "C:\\Windows", "\\\\server\\share", "theme/\u0001", "~/theme", "%TEMP%", "$HOME",
        "x:y", "a|b", "a<b>", "a\"b", "a*b?", "   ", new string('a', 300), new string('é', 200), "..\\..\\theme",
        "https://", "http://[::1", "https://example.gov.uk/?q=1", "https://example.gov.uk/#x", "ftp://x", "file:///etc/passwd", "javascript:alert(1)",
        "en-GB", "x-", "en--GB", "qqq-Zzzz-999-x-abcdefghijk", "cy",
    ];

    private static readonly char[] HostileChars =
    [
        '\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u000D', '\u001B', '\u001F', '\u007F', '\u0080', '\u0085', '\u009F',
        '\u00A0', '\u00AD', '\u200B', '\u200E', '\u200F', '\u2028', '\u2029', '\u202E', '\uFEFF', '\uFDD0', '\uFDEF', '\uFFFE', '\uFFFF',
        '\uFFFD', '\u0301', '\u034F', '\u061C', '\u3000', '\uD800', '\uDFFF',
    ];

    private static readonly string[] AstralOrNonCharacters = ["\U0001FFFE", "\U0010FFFF", "\U0001F600", "\U000E0001", "\U00020000"];

    /// <summary>A new case: a mutation of <paramref name="parent"/>, sometimes several stacked.</summary>
    public FuzzCase Mutate(FuzzCase parent)
    {
        var child = parent;
        var count = 1 + (random.Next(4) == 0 ? random.Next(1, 5) : 0);
        for (var i = 0; i < count; i++)
        {
            var next = MutateOnce(child);
            if (next.Size <= MaxCaseSize)
            {
                child = next;
            }
        }
        return child;
    }

    private FuzzCase MutateOnce(FuzzCase parent)
    {
        if (random.Next(10) == 0)
        {
            return MutateRequests(parent);
        }
        if (random.Next(40) == 0 && parent.Files.Count > 1)
        {
            // A file that vanishes (site.yml, a layout, the only release).
            var gone = parent.Files.Keys.ElementAt(random.Next(parent.Files.Count));
            return parent with { Files = parent.Files.Remove(gone) };
        }
        if (random.Next(30) == 0)
        {
            // A second release: a copy of a file of any seed, under a name that may not be one.
            var donor = Pick(corpus);
            var release = donor.Files.Where(f => f.Key.StartsWith("input/releases/", StringComparison.Ordinal)).ToList();
            if (release.Count > 0)
            {
                // Any name a file system can hold: no '/' and no NUL (the only two a Linux file name cannot have).
                var name = random.Next(4) == 0 ? Pick(EdgeValues).Replace('/', '-').Replace('\0', '-') : "2021-06-1" + random.Next(10).ToString(CultureInfo.InvariantCulture) + "-copy";
                return parent.With("input/releases/" + name + ".md", Pick(release).Value);
            }
        }
        var path = parent.Files.Keys.ElementAt(random.Next(parent.Files.Count));
        var text = parent.Files[path];
        var tokens = path.EndsWith(".liquid", StringComparison.Ordinal) ? LiquidTokens
            : path.EndsWith(".yml", StringComparison.Ordinal) ? YamlTokens
            : FrontMatterEnd(text) is var end && end > 0 && random.Next(3) == 0 ? YamlTokens
            : MarkdownTokens;
        return parent.With(path, MutateText(text, tokens));
    }

    private string MutateText(string text, string[] tokens)
    {
        var at = Position(text);
        switch (random.Next(14))
        {
            case 0:
                return text.Insert(at, Pick(tokens));
            case 1:
                // Deep nesting: the same opener many times (YAML flow, Markdown quotes and lists, Liquid blocks, brackets).
                return text.Insert(at, Repeat(Pick(tokens), Pick([10, 100, 1000, 5000, 20000])));
            case 2:
                return text.Insert(at, HostileChar().ToString());
            case 3:
                return text.Insert(at, Pick(AstralOrNonCharacters));
            case 4:
                return ReplaceValue(text);
            case 5:
                return text.Length == 0 ? text : text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(random.Next(2) == 0 ? 8 : 400)));
            case 6:
                return DuplicateRange(text, at);
            case 7:
                // A long line: a word, a link or a run of one character, up to a megabyte.
                var unit = Pick(["word ", "x", "[long link text ", "**", "é", "\u00AD", "https://example.gov.uk/", "| a "]);
                var body = Repeat(unit, Pick([200, 2000, 20000, 200000]) / unit.Length + 1);
                return text.Insert(at, unit.StartsWith('[') ? body + "](https://example.gov.uk/)" : body);
            case 8:
                return SpliceLines(text);
            case 9:
                return SwapLines(text);
            case 10:
                return text.Length == 0 ? text : text.Remove(at, Math.Min(1, text.Length - at)).Insert(at, ((char)random.Next(32, 127)).ToString());
            case 11:
                return text.Insert(at, Pick(EdgeValues));
            case 12:
                // Line endings an editor on another system writes.
                return Pick([text.Replace("\n", "\r\n"), text.Replace("\n", "\r"), text.Insert(at, "\r"), text + "\n\n\n", text.TrimEnd('\n')]);
            default:
                return Pick(tokens) is var t && random.Next(2) == 0 ? text.Insert(at, t + "\n") : text.Insert(at, HostileChar() + Pick(tokens));
        }
    }

    private FuzzCase MutateRequests(FuzzCase parent)
    {
        var requests = parent.Requests.IsEmpty ? ImmutableArray.Create("/") : parent.Requests;
        var index = random.Next(requests.Length);
        var path = requests[index];
        var at = random.Next(path.Length + 1);
        var mutated = random.Next(4) switch
        {
            0 => path.Insert(at, Pick(RequestTokens)),
            1 => path.Insert(at, Repeat(Pick(RequestTokens), Pick([2, 10, 100, 2000]))),
            2 => path.Insert(at, HostileChar().ToString()),
            _ => path.Length == 0 ? "/" : path.Remove(at == path.Length ? at - 1 : at, 1),
        };
        return parent with { Requests = random.Next(3) == 0 ? requests.Add(FuzzCase.Canonical(mutated)) : requests.SetItem(index, FuzzCase.Canonical(mutated)) };
    }

    private string ReplaceValue(string text)
    {
        // "key: value" lines (front matter, site.yml): the value becomes an edge of its type.
        var lines = text.Split('\n');
        var candidates = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            return text;
        }
        var index = Pick(candidates);
        var colon = lines[index].IndexOf(": ", StringComparison.Ordinal);
        var value = random.Next(3) == 0 ? lines[index][(colon + 2)..] + HostileChar() : Pick(EdgeValues);
        lines[index] = lines[index][..(colon + 2)] + value;
        return string.Join('\n', lines);
    }

    private string DuplicateRange(string text, int at)
    {
        var length = Math.Min(text.Length - at, 1 + random.Next(200));
        return length <= 0 ? text : text.Insert(at, Repeat(text.Substring(at, length), Pick([2, 3, 50])));
    }

    private string SpliceLines(string text)
    {
        var donor = Pick(corpus);
        var donorText = donor.Files.Values.ElementAt(random.Next(donor.Files.Count));
        var donorLines = donorText.Split('\n');
        var start = random.Next(donorLines.Length);
        var piece = string.Join('\n', donorLines.Skip(start).Take(1 + random.Next(10)));
        var lines = text.Split('\n').ToList();
        lines.Insert(random.Next(lines.Count + 1), piece);
        return string.Join('\n', lines);
    }

    private string SwapLines(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2)
        {
            return text;
        }
        var (a, b) = (random.Next(lines.Length), random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }

    // Positions cluster where structure is: line starts, and just after ": " or "{{".
    private int Position(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }
        var at = random.Next(text.Length + 1);
        if (random.Next(2) == 0)
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1));
            return lineStart < 0 ? 0 : lineStart + 1;
        }
        return at;
    }

    private static int FrontMatterEnd(string text) =>
        text.StartsWith("---", StringComparison.Ordinal) ? text.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;

    private char HostileChar() => random.Next(3) == 0 ? (char)random.Next(0, 32) : Pick(HostileChars);

    private static string Repeat(string unit, int times)
    {
        var builder = new StringBuilder(unit.Length * times);
        for (var i = 0; i < times; i++)
        {
            builder.Append(unit);
        }
        return builder.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
