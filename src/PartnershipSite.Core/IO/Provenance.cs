namespace PartnershipSite.IO;

/// <summary>
/// Where an output came from, recorded by the step that made it: what kind of output it is, the release it belongs
/// to, the layout that rendered it and when its content last changed. The sitemap and the checks read it instead of
/// re-deriving it from the output's path.
/// </summary>
/// <param name="Kind">What the output is.</param>
public sealed record Provenance(OutputKind Kind)
{
    /// <summary>The release it belongs to, by the release's site path (<c>releases/x/</c>); null for site-wide outputs.</summary>
    public string? Release { get; init; }

    /// <summary>The name of the theme layout that rendered it (<c>release</c>, <c>listing</c>); null when none did.</summary>
    public string? Layout { get; init; }

    /// <summary>When its content last changed (a release's last update; a listing's newest release); null when unknown.</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>True for the pages and PDFs a search engine should index (the sitemap's entries).</summary>
    public bool IsIndexable => Kind is OutputKind.ReleasePage or OutputKind.Pdf or OutputKind.Listing or OutputKind.TermIndex or OutputKind.Page;

    /// <summary>True for the site's HTML pages, the error page included.</summary>
    public bool IsPage => Kind is OutputKind.ReleasePage or OutputKind.Listing or OutputKind.TermIndex or OutputKind.Page or OutputKind.NotFoundPage;

    /// <summary>
    /// The provenance of a file in a published folder, which says no more than its path: used only when checking a
    /// folder the build did not make in this process (the <c>check</c> command), never for a build's own outputs.
    /// </summary>
    public static Provenance OfPublished(string path) => new(path switch
    {
        "404.html" => OutputKind.NotFoundPage,
        "sitemap.xml" => OutputKind.Sitemap,
        "robots.txt" => OutputKind.Robots,
        "_redirects" => OutputKind.Redirects,
        _ when path.StartsWith("assets/", StringComparison.Ordinal) => OutputKind.Asset,
        _ when path.EndsWith(".html", StringComparison.Ordinal) => OutputKind.Page,
        _ when path.EndsWith(".pdf", StringComparison.Ordinal) => OutputKind.Pdf,
        _ when path.EndsWith(".xml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal) => OutputKind.Feed,
        _ => OutputKind.ReleaseFile,
    });
}
