namespace PartnershipSite.Markup.Blocks;

/// <summary>Parses Govspeak's contact blocks, <c>$C … $C</c>.</summary>
internal sealed class ContactParser() : DelimitedBlockParser<ContactBlock>("$C", "$C")
{
    /// <inheritdoc />
    protected override ContactBlock Create() => new(this);
}
