using Markdig.Parsers;

namespace PartnershipSite.Markup.Blocks;

/// <summary>A statistic headline: a number that matters, shown large, with words that make sense read aloud with it.</summary>
internal sealed class StatHeadlineBlock(BlockParser parser) : PressBlock(parser)
{
    /// <inheritdoc />
    public override string Name => "statistic headline";
}
