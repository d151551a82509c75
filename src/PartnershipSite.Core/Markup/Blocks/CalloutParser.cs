namespace PartnershipSite.Markup.Blocks;

/// <summary>Parses Govspeak's callouts: <c>^…^</c> for information, <c>%…%</c> for a warning.</summary>
internal sealed class CalloutParser : DelimitedBlockParser<CalloutBlock>
{
    /// <summary>A parser of <paramref name="kind"/> callouts.</summary>
    public CalloutParser(CalloutKind kind)
        : base(kind == CalloutKind.Information ? "^" : "%", kind == CalloutKind.Information ? "^" : "%") => Kind = kind;

    /// <summary>Which callout this parser reads.</summary>
    public CalloutKind Kind { get; }

    /// <inheritdoc />
    protected override CalloutBlock Create() => new(this, Kind);
}
