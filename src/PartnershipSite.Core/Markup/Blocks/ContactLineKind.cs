namespace PartnershipSite.Markup.Blocks;

/// <summary>What a line of a contact block is.</summary>
internal enum ContactLineKind
{
    /// <summary>A line of the postal address (anything not recognised as below).</summary>
    Address,

    /// <summary>A phone number, linked with <c>tel:</c>.</summary>
    Phone,

    /// <summary>An email address, linked with <c>mailto:</c>.</summary>
    Email,

    /// <summary>An https:// web address, linked.</summary>
    Web,
}
