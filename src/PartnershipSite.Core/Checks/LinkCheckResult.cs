namespace PartnershipSite.Checks;

/// <summary>The result of requesting one external URL.</summary>
/// <param name="Url">The URL requested (without fragment).</param>
/// <param name="Outcome">What it came to.</param>
/// <param name="Status">The last HTTP status, when there was an answer.</param>
/// <param name="FinalUrl">Where redirects ended, for <see cref="LinkOutcome.Redirected"/>.</param>
/// <param name="Detail">For people: the error, the Retry-After asked for, the first redirect's status.</param>
internal sealed record LinkCheckResult(Uri Url, LinkOutcome Outcome, int? Status = null, Uri? FinalUrl = null, string Detail = "")
{
    /// <summary>True for outcomes that let the site publish.</summary>
    public bool Passed => Outcome is LinkOutcome.Ok or LinkOutcome.Redirected or LinkOutcome.Cached or LinkOutcome.Excluded;
}
