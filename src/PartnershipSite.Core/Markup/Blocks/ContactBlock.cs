using Markdig.Parsers;

namespace PartnershipSite.Markup.Blocks;

/// <summary>A contact: a name, then phone numbers, email addresses and address lines, one a line.</summary>
internal sealed class ContactBlock(BlockParser parser) : PressBlock(parser)
{
    /// <inheritdoc />
    public override string Name => "contact";
}
