namespace PartnershipSite.Markup.Blocks;

/// <summary>Parses Govspeak's call to action blocks, <c>$CTA … $CTA</c>.</summary>
internal sealed class CallToActionParser() : DelimitedBlockParser<CallToActionBlock>("$CTA", "$CTA")
{
    /// <inheritdoc />
    protected override CallToActionBlock Create() => new(this);
}
