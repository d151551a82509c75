using System.Collections.Immutable;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// What one format says about a release, as read back from the published file. A field a format does not carry
/// as such (the PDF's organisations, the page's summary) is null: the parity check then looks for the other
/// formats' value in the format's frame text, the blocks outside the release's body.
/// </summary>
internal sealed record Rendition(ReleaseFormat Format, string Where)
{
    /// <summary>The headline: the page's and the PDF's first <c>h1</c>, a feed entry's title (a withdrawn prefix removed).</summary>
    public string? Title { get; init; }

    /// <summary>The summary, for a feed entry (its description or summary).</summary>
    public string? Summary { get; init; }

    /// <summary>Every text block, in reading order: the page's <c>main</c>, the PDF's structure tree, the feed entry's content.</summary>
    public ImmutableArray<TextBlock> Blocks { get; init; } = [];

    /// <summary>The first publication instant, for a feed entry.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The last major update (or withdrawal), for a feed entry that gives one (Atom, JSON Feed).</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The instants of the page's <c>time[datetime]</c> elements outside the body, in order.</summary>
    public ImmutableArray<(DateTimeOffset Instant, string Text)> Dates { get; init; } = [];

    /// <summary>The organisations named: the page's links to organisation pages, a feed entry's authors.</summary>
    public ImmutableArray<string>? Organisations { get; init; }

    /// <summary>The topics named: the page's links to topic pages, a feed entry's categories.</summary>
    public ImmutableArray<string>? Topics { get; init; }
}
