using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Authentication;
using PartnershipSite.Configuration;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace PartnershipSite.Checks;

/// <summary>
/// Requests external URLs: HEAD, falling back to GET when HEAD is refused; redirects followed one by one (up to
/// ten) and reported; each attempt bounded by a timeout; 429, 5xx, timeouts and resets retried with exponential
/// backoff that honours <c>Retry-After</c> (Polly); bounded concurrency overall and per host.
/// </summary>
internal sealed class ExternalLinkChecker : IDisposable
{
    private const int MaxRedirects = 10;
    private readonly HttpClient _client;
    private readonly ExternalLinkSettings _settings;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly SemaphoreSlim _overall;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _perHost = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A checker using <paramref name="handler"/> (redirects must not be followed automatically) or a new one.</summary>
    public ExternalLinkChecker(ExternalLinkSettings settings, HttpMessageHandler? handler = null)
    {
        _settings = settings;
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = settings.Timeout,
        })
        {
            // Each attempt has its own timeout in the pipeline.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("PartnershipSite-link-checker/1.0");
        _overall = new SemaphoreSlim(Math.Max(1, settings.MaxConcurrency));
        _pipeline = BuildPipeline(settings);
    }

    /// <summary>Requests <paramref name="url"/> and says what it came to; never throws for network failures.</summary>
    public async Task<LinkCheckResult> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var host = _perHost.GetOrAdd(url.Authority, _ => new SemaphoreSlim(Math.Max(1, _settings.MaxConcurrencyPerHost)));
        // Host first, then overall, so a slot overall is never held while waiting for a busy host.
        await host.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _overall.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await FollowAsync(url, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _overall.Release();
            }
        }
        finally
        {
            host.Release();
        }
    }

    private async Task<LinkCheckResult> FollowAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        int? firstRedirect = null;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            int status;
            Uri? location;
            TimeSpan? retryAfter;
            try
            {
                (status, location, retryAfter) = await RequestAsync(current, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutRejectedException)
            {
                return new LinkCheckResult(url, LinkOutcome.Timeout, Detail: Seconds(_settings.Timeout));
            }
            catch (HttpRequestException e)
            {
                return new LinkCheckResult(url, LinkOutcome.Unreachable, Detail: Describe(e));
            }
            if (status is >= 300 and < 400 && location is not null)
            {
                firstRedirect ??= status;
                current = new Uri(current, location);
                continue;
            }
            return status switch
            {
                >= 200 and < 300 when firstRedirect is { } first => new LinkCheckResult(url, LinkOutcome.Redirected, status, current, first.ToString(CultureInfo.InvariantCulture)),
                >= 200 and < 300 => new LinkCheckResult(url, LinkOutcome.Ok, status),
                429 => new LinkCheckResult(url, LinkOutcome.RateLimited, status, Detail: retryAfter is { } wait ? $", Retry-After {Seconds(wait)}" : ""),
                _ => new LinkCheckResult(url, LinkOutcome.Error, status),
            };
        }
        return new LinkCheckResult(url, LinkOutcome.Error, Detail: $"more than {MaxRedirects} redirects");
    }

    // HEAD first (no body to download); many servers refuse or mishandle HEAD, so any failure is tried again with GET.
    private async Task<(int Status, Uri? Location, TimeSpan? RetryAfter)> RequestAsync(Uri url, CancellationToken cancellationToken)
    {
        var (status, location, retryAfter) = await SendAsync(HttpMethod.Head, url, cancellationToken).ConfigureAwait(false);
        if (status >= 400 && status != 429)
        {
            return await SendAsync(HttpMethod.Get, url, cancellationToken).ConfigureAwait(false);
        }
        return (status, location, retryAfter);
    }

    private async Task<(int Status, Uri? Location, TimeSpan? RetryAfter)> SendAsync(HttpMethod method, Uri url, CancellationToken cancellationToken)
    {
        using var response = await _pipeline.ExecuteAsync(
            async token =>
            {
                using var request = new HttpRequestMessage(method, url);
                return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return ((int)response.StatusCode, response.Headers.Location, RetryAfter(response));
    }

    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(ExternalLinkSettings settings)
    {
        // Network waits are real time, whatever clock the build runs with.
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = TimeProvider.System };
        if (settings.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.Retries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = settings.Backoff,
                UseJitter = false,
                MaxDelay = settings.MaxRetryAfter,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException } => true,
                    // A Retry-After longer than we are willing to wait is not retried: it is reported as rate-limited.
                    { Result.StatusCode: HttpStatusCode.TooManyRequests } r => RetryAfter(r.Result!) is not { } wait || wait <= settings.MaxRetryAfter,
                    { Result: { } r } => (int)r.StatusCode >= 500 && r.StatusCode != HttpStatusCode.NotImplemented
                        && (RetryAfter(r) is not { } wait || wait <= settings.MaxRetryAfter),
                    _ => false,
                }),
                // RFC 9110 §10.2.3: Retry-After is a delay in seconds or an HTTP date.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } r ? RetryAfter(r) : null),
            });
        }
        return builder.AddTimeout(settings.Timeout).Build();
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - (response.Headers.Date ?? TimeProvider.System.GetUtcNow()),
        _ => null,
    };

    private static string Describe(HttpRequestException e) => e.InnerException switch
    {
        AuthenticationException tls => $"TLS failure ({tls.Message})",
        { } inner => inner.Message,
        null => e.Message,
    };

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";

    /// <inheritdoc />
    public void Dispose()
    {
        _client.Dispose();
        _overall.Dispose();
        foreach (var semaphore in _perHost.Values)
        {
            semaphore.Dispose();
        }
    }
}
