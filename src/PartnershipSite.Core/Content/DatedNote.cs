namespace PartnershipSite.Content;

/// <summary>One entry of a release's published-dates history: when, and what changed ("first published." first).</summary>
public sealed record DatedNote(DateTimeOffset Date, string Note);
