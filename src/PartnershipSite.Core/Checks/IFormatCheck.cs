using PartnershipSite.Checks.Parity;

namespace PartnershipSite.Checks;

/// <summary>A check of each release across the formats it was published in (page, PDF, feed entries); builds only.</summary>
public interface IFormatCheck : ICheck
{
    /// <summary>Checks one release's formats.</summary>
    void Check(ReleaseRenditions release, CheckReporter reporter);
}
