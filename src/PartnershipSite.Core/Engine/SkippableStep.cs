namespace PartnershipSite.Engine;

/// <summary>The steps a build may leave out (<c>build --skip</c>): for a quick preview or to time the rest of the build.</summary>
public enum SkippableStep
{
    /// <summary><c>RenderPdf</c>: no PDF per release; pages and feeds then carry no PDF link or enclosure.</summary>
    Pdf,

    /// <summary><c>CheckSite</c>: no link, accessibility or plain-English checks, so a broken link does not stop publishing.</summary>
    Checks,
}
