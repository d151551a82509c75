using Markdig.Parsers;

namespace PartnershipSite.Markup.Blocks;

/// <summary>A postal address, one line of it a line.</summary>
internal sealed class AddressBlock(BlockParser parser) : PressBlock(parser)
{
    /// <inheritdoc />
    public override string Name => "address";
}
