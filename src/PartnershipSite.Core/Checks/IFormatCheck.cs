using PartnershipSite.Checks.Parity;

namespace PartnershipSite.Checks;

/// <summary>A check of each release across the formats it was published in (page, PDF, feed entries); builds only.</summary>
internal interface IFormatCheck : ICheck
{
    /// <summary>The codes it reports: when the site turns every one off, the formats are not read back at all.</summary>
    System.Collections.Immutable.ImmutableArray<Diagnostics.DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Checks one release's formats.</summary>
    void Check(ReleaseRenditions release, CheckReporter reporter);
}
