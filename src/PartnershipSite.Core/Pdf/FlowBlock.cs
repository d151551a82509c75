using System.Collections.Immutable;

namespace PartnershipSite.Pdf;

/// <summary>A block before pagination: lines that paginate together under the orphan, widow and keep rules.</summary>
internal sealed record FlowBlock(ImmutableArray<FlowLine> Lines, double SpaceBefore)
{
    /// <summary>Headings, and lead-ins ending in a colon, stay on the page of the next block's first lines.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Which block quote the block belongs to (0 = none): a bar is drawn beside each quote on each page.</summary>
    public int QuoteGroup { get; init; }

    /// <summary>Where the quote bar is drawn.</summary>
    public double QuoteBarX { get; init; }

    /// <summary>A bookmark to the block's first line.</summary>
    public (string Title, int Level)? Bookmark { get; init; }

    /// <summary>A horizontal rule drawn after the block, across the text width.</summary>
    public bool RuleAfter { get; init; }

    /// <summary>A table's header row as artifacts, drawn again at the top of each page the table continues on.</summary>
    public FlowLine? RepeatedHeader { get; init; }
}
