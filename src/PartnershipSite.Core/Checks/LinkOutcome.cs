namespace PartnershipSite.Checks;

/// <summary>What requesting an external link came to: a closed set, so no outcome is silently a pass.</summary>
internal enum LinkOutcome
{
    /// <summary>The server answered 2xx.</summary>
    Ok,

    /// <summary>The server redirected, and the final address answered 2xx.</summary>
    Redirected,

    /// <summary>A passing result younger than the cache's maximum age: not requested again.</summary>
    Cached,

    /// <summary>Matched an exclusion in the site configuration: not requested.</summary>
    Excluded,

    /// <summary>The server answered with an HTTP error (4xx other than 429, 5xx), or redirected too often.</summary>
    Error,

    /// <summary>The server kept answering 429 Too Many Requests.</summary>
    RateLimited,

    /// <summary>No answer within the timeout, after retries.</summary>
    Timeout,

    /// <summary>No answer at all: DNS failure, refused or reset connection, TLS failure.</summary>
    Unreachable,
}
