namespace PartnershipSite.Engine;

/// <summary>
/// A part of the <see cref="BuildState"/> one step provides and later steps need. Each step declares the facets it
/// needs and provides (<see cref="IStep.Needs"/>, <see cref="IStep.Provides"/>), and <see cref="StepOrder"/> checks
/// the order when a pipeline is built, so a missing producer or a step moved too early fails at start-up, not as a
/// page that silently lacks something.
/// </summary>
public enum Facet
{
    /// <summary>Whether an output folder from an earlier build exists (and was recovered from an interrupted publish).</summary>
    PreviousOutput,

    /// <summary><see cref="BuildState.Config"/>: the site's settings.</summary>
    Config,

    /// <summary><see cref="BuildState.Sources"/>: the release files, read and decoded.</summary>
    Sources,

    /// <summary><see cref="BuildState.Parsed"/>: each release's Markdown syntax tree.</summary>
    Parsed,

    /// <summary><see cref="BuildState.Releases"/> with their front matter read.</summary>
    Releases,

    /// <summary>Releases whose addresses clash have been taken out.</summary>
    UniqueSlugs,

    /// <summary>Releases under embargo have been moved to <see cref="BuildState.Embargoed"/>.</summary>
    Embargoes,

    /// <summary>Each release's document (<c>Release.Document</c>): the frame the page and the PDF render, in the theme's words.</summary>
    Documents,

    /// <summary>Each release's body as HTML (<c>Release.BodyHtml</c>).</summary>
    BodyHtml,

    /// <summary>Each release's PDF, as an output and as <c>Release.Pdf</c> (the page's and the feeds' download link).</summary>
    Pdfs,

    /// <summary><see cref="BuildState.Theme"/>: the parsed layouts.</summary>
    Theme,

    /// <summary>The theme's assets as outputs, under their own names.</summary>
    ThemeAssets,

    /// <summary><see cref="BuildState.Assets"/>: each asset renamed to its fingerprinted path, which pages link to.</summary>
    AssetPaths,

    /// <summary>The files published beside each release (images, attachments).</summary>
    ReleaseFiles,

    /// <summary><see cref="BuildState.Taxonomies"/>: the releases by topic and organisation.</summary>
    Taxonomies,

    /// <summary>HTML pages (releases, listings, term pages, the subscribe and not-found pages).</summary>
    Pages,

    /// <summary>The RSS, Atom and JSON feeds.</summary>
    Feeds,

    /// <summary>Files about the site for machines: the sitemap, <c>robots.txt</c>, the redirect rules.</summary>
    SiteFiles,

    /// <summary>Every file of the site. A step that needs it runs after every step that adds, renames or removes one.</summary>
    Outputs,

    /// <summary>Outputs searched for embargoed releases.</summary>
    EmbargoAudit,

    /// <summary><see cref="BuildState.Checks"/>: the site checks' results.</summary>
    Checks,

    /// <summary>The site written to the output folder.</summary>
    Published,

    /// <summary>Each translation paired with its original (<c>Release.Versions</c>); unpaired ones left out.</summary>
    Translations,
}
