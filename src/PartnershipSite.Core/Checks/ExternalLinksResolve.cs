using PartnershipSite.Configuration;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Checks;

/// <summary>
/// Every external link answers (opt-in with <c>--check-external</c>): each distinct URL is requested once per run,
/// unless excluded in <c>site.yml</c> or passed within the cache's maximum age, and every occurrence is reported at
/// its own location. A 429, a timeout or an unreachable host is reported with its status, never passed.
/// Without <c>--check-external</c>, external links are counted as skipped.
/// </summary>
internal sealed class ExternalLinksResolve(IFileSystem fileSystem, TimeProvider clock, HttpMessageHandler? handler = null) : ICheck
{
    /// <summary>Requests the site's external links and reports those that fail.</summary>
    public async Task CheckAsync(SiteIndex site, CheckReporter reporter, CancellationToken cancellationToken)
    {
        var settings = reporter.Settings.External;
        var links = site.Links.Where(l => l.Kind == LinkKind.External).ToList();
        if (!settings.Enabled)
        {
            reporter.Skip(this, links.Count);
            return;
        }
        var cache = LinkCache.Load(fileSystem, settings.CacheFile, settings.CacheMaxAge, clock.GetUtcNow());
        using var checker = new ExternalLinkChecker(settings, handler);
        var urls = links.Select(l => WithoutFragment(l.Url!)).Distinct().Order(UriOrder.Instance).ToList();
        var results = await Task.WhenAll(urls.Select(url => ResultAsync(url, checker, cache, settings, cancellationToken))).ConfigureAwait(false);
        var byUrl = results.ToDictionary(r => r.Url);
        foreach (var link in links)
        {
            Report(link, byUrl[WithoutFragment(link.Url!)], settings, reporter);
        }
        if (settings.CacheFile is { } file)
        {
            cache.Save(fileSystem, file);
        }
    }

    private static async Task<LinkCheckResult> ResultAsync(Uri url, ExternalLinkChecker checker, LinkCache cache, ExternalLinkSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Exclude.Any(pattern => pattern.IsMatch(url.AbsoluteUri)))
        {
            return new LinkCheckResult(url, LinkOutcome.Excluded);
        }
        if (cache.Find(url) is { } cached)
        {
            return cached;
        }
        var result = await checker.CheckAsync(url, cancellationToken).ConfigureAwait(false);
        cache.Add(result);
        return result;
    }

    private void Report(FoundLink link, LinkCheckResult result, ExternalLinkSettings settings, CheckReporter reporter)
    {
        var at = link.Location;
        switch (result.Outcome)
        {
            case LinkOutcome.Ok or LinkOutcome.Cached when result.FinalUrl is null:
                reporter.Pass(this);
                break;
            // A cached redirect is still a redirect: it is reported on every build until the link is corrected.
            case LinkOutcome.Redirected or LinkOutcome.Cached:
                reporter.Pass(this);
                reporter.Inform(Codes.ExternalLinkRedirected, at, link.Note, link.Label, result.FinalUrl, result.Detail);
                break;
            case LinkOutcome.Excluded:
                reporter.Skip(this);
                break;
            case LinkOutcome.Error:
                reporter.FailWithNote(this, Codes.ExternalLinkBroken, at, link.Note, link.Label,
                    result.Status is { } status ? $"HTTP {status.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : result.Detail, link.Target);
                break;
            case LinkOutcome.RateLimited:
                reporter.FailWithNote(this, Codes.ExternalLinkRateLimited, at, link.Note, link.Label, result.Detail, link.Target);
                break;
            case LinkOutcome.Timeout:
                reporter.FailWithNote(this, Codes.ExternalLinkTimedOut, at, link.Note, link.Label, result.Detail, link.Target);
                break;
            case LinkOutcome.Unreachable:
                reporter.FailWithNote(this, Codes.ExternalLinkUnreachable, at, link.Note, link.Label, result.Detail, link.Target);
                break;
            default:
                throw new InvalidOperationException($"Unhandled link outcome {result.Outcome}.");
        }
    }

    private static Uri WithoutFragment(Uri url) => new(url.GetLeftPart(UriPartial.Query));

    private sealed class UriOrder : IComparer<Uri>
    {
        public static readonly UriOrder Instance = new();

        public int Compare(Uri? x, Uri? y) => string.CompareOrdinal(x?.AbsoluteUri, y?.AbsoluteUri);
    }
}
