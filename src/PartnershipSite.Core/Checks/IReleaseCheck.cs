using PartnershipSite.Content;

namespace PartnershipSite.Checks;

/// <summary>A check of a release's Markdown (its prose), reported at the Markdown line; builds only, as a folder has no sources.</summary>
internal interface IReleaseCheck : ICheck
{
    /// <summary>Checks one release.</summary>
    void Check(Release release, CheckReporter reporter);
}
