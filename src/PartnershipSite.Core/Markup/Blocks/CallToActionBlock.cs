using Markdig.Parsers;

namespace PartnershipSite.Markup.Blocks;

/// <summary>A call to action: what the reader should do next, set apart from the text.</summary>
internal sealed class CallToActionBlock(BlockParser parser) : PressBlock(parser)
{
    /// <inheritdoc />
    public override string Name => "call to action";
}
