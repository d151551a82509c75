namespace PartnershipSite.Markup.Blocks;

/// <summary>Parses Govspeak's address blocks, <c>$A … $A</c>.</summary>
internal sealed class AddressParser() : DelimitedBlockParser<AddressBlock>("$A", "$A")
{
    /// <inheritdoc />
    protected override AddressBlock Create() => new(this);
}
