namespace PartnershipSite.Markup.Blocks;

/// <summary>Parses Govspeak's statistic headline blocks, <c>{stat-headline}…{/stat-headline}</c>.</summary>
internal sealed class StatHeadlineParser() : DelimitedBlockParser<StatHeadlineBlock>("{stat-headline}", "{/stat-headline}")
{
    /// <inheritdoc />
    protected override StatHeadlineBlock Create() => new(this);
}
