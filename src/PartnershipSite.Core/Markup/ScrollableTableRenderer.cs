using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PartnershipSite.Markup;

/// <summary>
/// Wraps each table in a labelled, keyboard-focusable region that scrolls sideways when the table is wider than
/// the screen, so the page itself still reflows at 320 CSS px (WCAG 2.2 SC 1.4.10) and cell words stay whole.
/// </summary>
/// <remarks>
/// The region is focusable so keyboard users can scroll it (SC 2.1.1), and labelled "Table n" so screen readers
/// announce it and several tables on one page have distinct landmark names.
/// </remarks>
internal sealed class ScrollableTableRenderer : HtmlTableRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(table);
        if (!renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, table);
            return;
        }
        var number = NumberOf(table).ToString(CultureInfo.InvariantCulture);
        renderer.EnsureLine();
        renderer.WriteLine($"<div class=\"table-scroll\" role=\"region\" aria-label=\"Table {number}\" tabindex=\"0\">");
        base.Write(renderer, table);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }

    // Where a table's number is kept once its document's tables have been numbered.
    private static readonly object NumberKey = new();

    /// <summary>
    /// The table's 1-based position among the tables of its document, in document order. The first table asked
    /// numbers them all, so a release with thousands of tables costs one walk, not one per table.
    /// </summary>
    private static int NumberOf(Table table)
    {
        if (table.GetData(NumberKey) is int known)
        {
            return known;
        }
        Block root = table;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }
        // Rendering a document runs on one thread, but lock as the abbreviation renderer does: data slots are not thread-safe.
        lock (root)
        {
            var number = 1;
            foreach (var other in root.Descendants<Table>())
            {
                other.SetData(NumberKey, number++);
            }
            return table.GetData(NumberKey) is int numbered ? numbered : number;
        }
    }
}
