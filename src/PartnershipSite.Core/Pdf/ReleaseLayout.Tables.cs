using System.Collections.Immutable;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace PartnershipSite.Pdf;

// Tables: each row is one unbreakable flow line holding its cells' wrapped lines; rows paginate like lines, and the
// header row repeats (as an artifact) on each page the table continues on. Borders are artifacts.
internal sealed partial class ReleaseLayout
{
    private const double CellGap = 12;
    private const double CellPadding = 5;

    private void Table(Table table, ImmutableArray<int> path, double x, double width)
    {
        var tablePath = path.Add(NewElement(StructureRole.Table, Language(table)));
        var rows = table.OfType<TableRow>().Select(row => (row.IsHeader, Cells: row.OfType<TableCell>()
            // Pipe tables have no spans: a cell's column is its place in the row (Markdig's ColumnIndex is for grid tables).
            .Select((cell, column) => (Column: column, Runs: CellRuns(cell, row.IsHeader ? Typography.Body.Bolder() : Typography.Body))).ToList())).ToList();
        var columns = Math.Max(1, rows.Select(r => r.Cells.Count).DefaultIfEmpty(1).Max());
        var widths = TableColumns.Widths(rows.SelectMany(r => r.Cells), columns, width, CellGap, _metrics);
        var lefts = widths.Select((_, i) => x + widths.Take(i).Sum()).ToArray();

        var lines = ImmutableArray.CreateBuilder<FlowLine>();
        FlowLine? header = null;
        foreach (var (isHeader, cells) in rows)
        {
            var rowPath = tablePath.Add(NewElement(StructureRole.TR));
            var fragments = ImmutableArray.CreateBuilder<Fragment>();
            var height = 0.0;
            foreach (var (column, runs) in cells)
            {
                var cellPath = rowPath.Add(NewElement(isHeader ? StructureRole.TH : StructureRole.TD));
                var textWidth = widths[column] - (column == columns - 1 ? 0 : CellGap);
                var alignment = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
                height = Math.Max(height, Cell(runs, lefts[column], textWidth, alignment, cellPath, fragments));
            }
            height += 2 * CellPadding;
            var rule = isHeader
                ? new Rule(x, height, x + width, height, 1.5, Ink.Text)
                : new Rule(x, height, x + width, height, 0.75, Ink.Rule);
            var line = new FlowLine(height, 0, fragments.ToImmutable()) { Rules = [rule] };
            lines.Add(line);
            if (isHeader && header is null)
            {
                header = line with { Fragments = [.. line.Fragments.Select(f => f with { Path = [] })] };
            }
        }
        _blocks.Add(new FlowBlock(lines.ToImmutable(), Typography.ParagraphGap + 4) { RepeatedHeader = header });
    }

    // Lays the cell's lines out from the row's top (after its padding); returns the height they take.
    private double Cell(List<InlineRun> runs, double x, double width, TableColumnAlign? alignment, ImmutableArray<int> path, ImmutableArray<Fragment>.Builder into)
    {
        var tagTexts = runs.Where(r => r.Tag is not null).GroupBy(r => r.Tag!).ToDictionary(g => g.Key, g => string.Concat(g.Select(r => r.Text)).Trim());
        var top = CellPadding;
        foreach (var pieces in LineBreaker.Break(runs, width, _metrics))
        {
            var line = Line([], pieces.IsEmpty ? Typography.Body : pieces.MaxBy(p => p.Style.Size)!.Style);
            var used = pieces.IsEmpty ? 0 : pieces[^1].X + pieces[^1].Width;
            var shift = alignment switch
            {
                TableColumnAlign.Right => width - used,
                TableColumnAlign.Center => (width - used) / 2,
                _ => 0,
            };
            foreach (var fragment in Fragments(pieces, x + shift, path, tagTexts))
            {
                into.Add(fragment with { Baseline = top + line.BaselineOffset });
            }
            top += line.Height;
        }
        // A space after the cell's last word, so extracted text keeps cells apart.
        if (into.Count > 0 && !into[^1].Text.EndsWith(' '))
        {
            into[^1] = into[^1] with { Text = into[^1].Text + " " };
        }
        return top - CellPadding;
    }

    // A cell's paragraphs as runs, one hard line break between paragraphs.
    private List<InlineRun> CellRuns(TableCell cell, TextStyle style)
    {
        var runs = new List<InlineRun>();
        foreach (var paragraph in cell.OfType<ParagraphBlock>())
        {
            if (runs.Count > 0)
            {
                runs.Add(new InlineRun("\n", style, null));
            }
            runs.AddRange(_inlines.Collect(paragraph.Inline, style));
        }
        return runs;
    }
}
