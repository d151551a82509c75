using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PartnershipSite.Configuration;

/// <summary>How external links are checked (<c>checks.external</c> in <c>site.yml</c>); off unless asked for.</summary>
public sealed record ExternalLinkSettings
{
    /// <summary>True when external links are requested over the network (<c>--check-external</c>).</summary>
    public bool Enabled { get; init; }

    /// <summary>URLs matching any of these are not requested (reported as excluded in the summary).</summary>
    public ImmutableArray<Regex> Exclude { get; init; } = [];

    /// <summary>How long one request may take before it is a timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How many times a request that failed transiently (429, 5xx, timeout, reset) is tried again.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The first backoff delay; it doubles each retry unless the server sends <c>Retry-After</c>.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Retry-After</c> honoured; a longer one is reported as rate-limited.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many requests run at once, overall.</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>How many requests run at once to one host.</summary>
    public int MaxConcurrencyPerHost { get; init; } = 2;

    /// <summary>How long a passing result is trusted before the URL is requested again.</summary>
    public TimeSpan CacheMaxAge { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The cache file (absolute), or null for no persistent cache.</summary>
    public string? CacheFile { get; init; }
}
