namespace PartnershipSite.IO;

/// <summary>What an output is, set by the step that made it, so later steps and the checks need not guess from its path.</summary>
public enum OutputKind
{
    /// <summary>A release's HTML page (<c>ApplyLayouts</c>).</summary>
    ReleasePage,

    /// <summary>A release's PDF (<c>RenderPdf</c>).</summary>
    Pdf,

    /// <summary>A file from a release's folder, published beside its page (an image).</summary>
    ReleaseFile,

    /// <summary>A page listing releases: the home page, a topic's or organisation's page, and their later pages.</summary>
    Listing,

    /// <summary>The A–Z index of a kind of term (<c>topics/</c>, <c>organisations/</c>).</summary>
    TermIndex,

    /// <summary>Another page of the site, such as <c>subscribe/</c>.</summary>
    Page,

    /// <summary>The page the host serves for a missing path (<c>404.html</c>): not a page to index.</summary>
    NotFoundPage,

    /// <summary>An RSS, Atom or JSON feed.</summary>
    Feed,

    /// <summary><c>sitemap.xml</c>.</summary>
    Sitemap,

    /// <summary>The host's redirect rules (<c>_redirects</c>).</summary>
    Redirects,

    /// <summary><c>robots.txt</c>.</summary>
    Robots,

    /// <summary>A theme asset (stylesheet, font, image) under <c>assets/</c>.</summary>
    Asset,
}
