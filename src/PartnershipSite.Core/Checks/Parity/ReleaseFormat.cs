namespace PartnershipSite.Checks.Parity;

/// <summary>The formats a release is published in, in the order the parity check compares them (the page first).</summary>
internal enum ReleaseFormat
{
    /// <summary>The release's HTML page, the primary format.</summary>
    Page,

    /// <summary>The release's tagged PDF.</summary>
    Pdf,

    /// <summary>Its entry in an RSS 2.0 feed.</summary>
    Rss,

    /// <summary>Its entry in an Atom 1.0 feed.</summary>
    Atom,

    /// <summary>Its item in a JSON Feed 1.1.</summary>
    JsonFeed,
}
