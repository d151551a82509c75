using System.Collections.Concurrent;
using System.Text.Json;
using PartnershipSite.Content;
using PartnershipSite.IO;

namespace PartnershipSite.Checks;

/// <summary>
/// The keys one check run keeps each file's findings under (<see cref="Of"/>). What every file's key shares (the base
/// URL, the checks' settings and names, whether the parity check reads files) is hashed once per run, what a release's
/// page and PDF share once per release, and each layout's text once, rather than once per file.
/// </summary>
internal sealed class FindingsKeys(CheckCatalogue catalogue, CheckReporter reporter, Uri baseUrl, bool parity)
{
    private readonly ConcurrentDictionary<Release, string> _releases = new((IEqualityComparer<Release>)ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, string> _texts = new((IEqualityComparer<string>)ReferenceEqualityComparer.Instance);

    // The hash of what every file of the run shares.
    private readonly string _run = ContentHash.Of(JsonSerializer.SerializeToUtf8Bytes(new
    {
        Base = baseUrl.AbsoluteUri,
        // The checks' settings: the severity of each code (sorted) and the external links' settings.
        Severities = reporter.Settings.Severities.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new { s.Key, s.Value }),
        reporter.Settings.External,
        Parity = parity,
        Checks = catalogue.All.Select(c => c.Name),
    }));

    /// <summary>
    /// The hash of everything a file's checks are given: its bytes and provenance, how it is shown and what it was made
    /// from (its layouts' text, its release's source, fields and body), and what every file of the run shares. The
    /// tool's version is the cache's to compare.
    /// </summary>
    public string Of(OutputFile file, Release? release, CheckInput input) =>
        ContentHash.Of(JsonSerializer.SerializeToUtf8Bytes(new
        {
            file.Path,
            Content = ContentHash.Of(file.Content.Span),
            file.Provenance,
            Display = input.DisplayPath(file.Path),
            MadeFrom = input.MadeFrom(file),
            // By the string itself: a layout's text is one string for the whole run.
            Layouts = input.LayoutsOf(file).Select(l => new[] { l.Path, _texts.GetOrAdd(l.Text, ContentHash.Of) }),
            Release = release is null ? null : _releases.GetOrAdd(release, PrintOf),
            Run = _run,
        }));

    // What a file's checks are given of its release.
    private static string PrintOf(Release release) => ContentHash.Of(JsonSerializer.SerializeToUtf8Bytes(new
    {
        release.SitePath,
        release.Source.FullPath,
        release.Source.DisplayPath,
        Source = ContentHash.Of(release.Source.Text),
        release.Metadata,
        Body = ContentHash.Of(release.BodyHtml ?? ""),
    }));
}
