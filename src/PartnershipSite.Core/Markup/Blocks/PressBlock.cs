using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnershipSite.Markup.Blocks;

/// <summary>
/// A Govspeak press block: Markdown between an opening and a closing marker (<c>^…^</c>, <c>$C … $C</c>, …).
/// Each kind has its own block, parser, HTML renderer and extension; this holds what they share.
/// </summary>
internal abstract class PressBlock(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary>What an editor calls the block, for messages: "information callout", "contact".</summary>
    public abstract string Name { get; }

    /// <summary>The marker that opens the block, as written.</summary>
    public string Opener { get; internal set; } = "";

    /// <summary>The marker that closes the block, as written.</summary>
    public string Closer { get; internal set; } = "";

    /// <summary>True once the closing marker was read; a block closed by its container or the end of the file is an error.</summary>
    public bool IsClosedByMarker { get; internal set; }

    /// <summary>Set when the closer ended a line that also had content: the block closes before the next line.</summary>
    internal bool CloseBeforeNextLine { get; set; }
}
