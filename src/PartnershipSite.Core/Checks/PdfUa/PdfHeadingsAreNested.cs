using System.Globalization;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// PDF/UA-1 7.4 (WCAG 2.2 SC 1.3.1): numbered headings start at H1 and never skip a level going down; a document
/// uses numbered headings (H1–H6) or the strongly structured H, never both; no element has two H kids.
/// </summary>
internal sealed class PdfHeadingsAreNested : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.4.2-1", "start the headings at H1 and go down one level at a time (H1, H2, H3…), as the page's headings do (WCAG 2.2 SC 1.3.1)."),
        new("7.4.4-1", "give each element at most one H kid: put each further section in its own Sect."),
        new("7.4.4-2", "use either numbered headings (H1–H6) or H elements in Sect, not both."),
        new("7.4.4-3", "use either numbered headings (H1–H6) or H elements in Sect, not both."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var elements = pdf.Shared(PdfStructure.Read).Elements;
        var numbered = elements.Where(e => Level(e) > 0).ToList();
        var strong = elements.Where(e => e.StandardType == "H").ToList();
        var previous = 0;
        foreach (var heading in numbered)
        {
            var level = Level(heading);
            // The first heading is H1; after that a heading may go back up any number of levels, down only one.
            Keep(level <= previous + 1, "7.4.2-1", heading.Where,
                previous == 0 ? $"the first heading is H{level}, not H1" : $"H{level} follows H{previous}, skipping a level");
            previous = level;
        }
        foreach (var h in strong)
        {
            Keep(numbered.Count == 0, "7.4.4-2", h.Where, "the document uses H and numbered headings (H1–H6) both");
        }
        foreach (var heading in numbered)
        {
            Keep(strong.Count == 0, "7.4.4-3", heading.Where, "the document uses numbered headings and H both");
        }
        foreach (var element in elements.Where(e => e.Kids.Count(k => k.StandardType == "H") > 1))
        {
            Keep(false, "7.4.4-1", element.Where, "the element has more than one H kid");
        }
        // The structure tree root is a node of the tag tree too.
        if (elements.Count(e => e.Parent is null && e.StandardType == "H") > 1)
        {
            Keep(false, "7.4.4-1", "structure tree root", "the root has more than one H kid");
        }
        if (elements.Count > 0)
        {
            reporter.Pass(this);
        }

        void Keep(bool kept, string rule, string where, string problem)
        {
            if (kept)
            {
                reporter.Pass(this);
            }
            else
            {
                reporter.FailRule(this, Codes.PdfHeadingsInvalid, pdf, rule, where, problem);
            }
        }
    }

    private static int Level(StructNode element) =>
        element.StandardType is ['H', >= '1' and <= '6'] type ? int.Parse(type.AsSpan(1), CultureInfo.InvariantCulture) : 0;
}
