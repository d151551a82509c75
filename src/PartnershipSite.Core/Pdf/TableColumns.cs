namespace PartnershipSite.Pdf;

/// <summary>
/// Column widths from content, as HTML's automatic table layout: each column between its longest word and its
/// longest unwrapped cell, the table filling the text width.
/// </summary>
internal static class TableColumns
{
    /// <summary>The widths of <paramref name="columns"/> columns sharing <paramref name="width"/>; <paramref name="gap"/> separates them.</summary>
    public static double[] Widths(IEnumerable<(int Column, List<InlineRun> Runs)> cells, int columns, double width, double gap, IFontMetrics metrics)
    {
        var least = new double[columns];
        var most = new double[columns];
        foreach (var (column, runs) in cells)
        {
            var pad = column == columns - 1 ? 0 : gap;
            var longestLine = 0.0;
            var line = 0.0;
            foreach (var run in runs)
            {
                if (run.Text == "\n")
                {
                    line = 0;
                    continue;
                }
                line += metrics.Width(run.Text, run.Style.Face, run.Style.Size);
                longestLine = Math.Max(longestLine, line);
                foreach (var word in run.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    least[column] = Math.Max(least[column], metrics.Width(word, run.Style.Face, run.Style.Size) + pad);
                }
            }
            most[column] = Math.Max(most[column], longestLine + pad);
        }
        var (sumLeast, sumMost) = (least.Sum(), most.Sum());
        if (sumMost <= width)
        {
            // Everything fits unwrapped: share the spare width in proportion to the content.
            return sumMost <= 0 ? [.. most.Select(_ => width / columns)] : [.. most.Select(m => m * width / sumMost)];
        }
        if (sumLeast >= width)
        {
            // Even the longest words do not fit: shrink them all alike; the line breaker splits over-long words.
            return [.. least.Select(l => l * width / sumLeast)];
        }
        // Columns narrower than an even share of what is left keep their content unwrapped (a short "Funding (£m)"
        // heading should not wrap so a long text column can be a little wider); the others share the rest.
        var widths = new double[columns];
        var open = Enumerable.Range(0, columns).ToHashSet();
        for (var settled = true; settled && open.Count > 0;)
        {
            var fair = (width - widths.Sum()) / open.Count;
            settled = false;
            foreach (var column in open.Where(c => most[c] <= fair).ToList())
            {
                widths[column] = most[column];
                open.Remove(column);
                settled = true;
            }
        }
        var rest = width - widths.Sum();
        var (openLeast, openMost) = (open.Sum(c => least[c]), open.Sum(c => most[c]));
        if (openLeast > rest)
        {
            // Settling the short columns left the others too little: fall back to sharing in proportion.
            var share0 = (width - sumLeast) / (sumMost - sumLeast);
            return [.. least.Select((l, i) => l + (most[i] - l) * share0)];
        }
        var share = openMost > openLeast ? Math.Clamp((rest - openLeast) / (openMost - openLeast), 0, 1) : 0;
        foreach (var column in open)
        {
            widths[column] = least[column] + (most[column] - least[column]) * share;
        }
        return widths;
    }
}
