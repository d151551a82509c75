using Markdig.Parsers;

namespace PartnershipSite.Markup.Blocks;

/// <summary>An information (<c>^…^</c>) or warning (<c>%…%</c>) callout: Markdown set apart and announced as such.</summary>
internal sealed class CalloutBlock(BlockParser parser, CalloutKind kind) : PressBlock(parser)
{
    /// <summary>Information or warning.</summary>
    public CalloutKind Kind { get; } = kind;

    /// <inheritdoc />
    public override string Name => Kind == CalloutKind.Information ? "information callout" : "warning callout";

    /// <summary>The word a screen reader announces, and the PDF and feeds show, before the callout: "Information", "Warning".</summary>
    public string Label => Kind == CalloutKind.Information ? "Information" : "Warning";
}
