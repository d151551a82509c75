namespace PartnershipSite.Checks;

/// <summary>What a link's target is, decided once when the link is found.</summary>
internal enum LinkKind
{
    /// <summary>An empty or blank target.</summary>
    Empty,

    /// <summary>Exactly <c>#</c>: a placeholder.</summary>
    Placeholder,

    /// <summary>A <c>javascript:</c> URL.</summary>
    Script,

    /// <summary>A <c>mailto:</c> URL.</summary>
    Mail,

    /// <summary>A <c>tel:</c> URL.</summary>
    Phone,

    /// <summary>A <c>data:</c> URL, which carries its own content.</summary>
    Data,

    /// <summary>An http(s) URL below the site's base URL: resolved against the output.</summary>
    Internal,

    /// <summary>An http(s) URL on another site: checked only with <c>--check-external</c>.</summary>
    External,

    /// <summary>Another scheme (ftp:, sms:…): not checked.</summary>
    Unsupported,

    /// <summary>Not a valid URL at all.</summary>
    Malformed,
}
