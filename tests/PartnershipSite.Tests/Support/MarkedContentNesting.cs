using System.Text.RegularExpressions;

namespace PartnershipSite.Tests.Support;

/// <summary>
/// Finds marked content that does not nest properly with text objects (<c>BT … BDC … ET … EMC</c>) in a PDF's page
/// content streams, read through qpdf's QDF form.
/// </summary>
public static partial class MarkedContentNesting
{
    /// <summary>One line per problem; empty when every page nests properly.</summary>
    public static IReadOnlyList<string> Problems(byte[] pdf)
    {
        var problems = new List<string>();
        var pages = PageContent().Matches(PdfTools.Qdf(pdf));
        if (pages.Count == 0)
        {
            problems.Add("no page content found");
        }
        foreach (Match page in pages)
        {
            var number = page.Groups["page"].Value;
            var stack = new Stack<string>();
            foreach (Match op in Operator().Matches(page.Groups["content"].Value))
            {
                var (opens, kind) = op.Value switch
                {
                    "BT" => (true, "text"),
                    "BDC" or "BMC" => (true, "marked"),
                    "ET" => (false, "text"),
                    _ => (false, "marked"),
                };
                if (opens)
                {
                    stack.Push(kind);
                }
                else if (!stack.TryPop(out var open) || open != kind)
                {
                    problems.Add($"page {number}: {op.Value} closes {open ?? "nothing"}");
                }
            }
            if (stack.Count > 0)
            {
                problems.Add($"page {number}: {stack.Count} left open");
            }
        }
        return problems;
    }

    [GeneratedRegex(@"%% Contents for page (?<page>\d+)\n(?:%%[^\n]*\n)*\d+ 0 obj\n.*?stream\n(?<content>.*?)endstream", RegexOptions.Singleline)]
    private static partial Regex PageContent();

    [GeneratedRegex(@"(?<![A-Za-z0-9/])(BT|ET|BDC|BMC|EMC)(?![A-Za-z0-9])")]
    private static partial Regex Operator();
}
