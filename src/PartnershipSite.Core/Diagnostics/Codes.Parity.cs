namespace PartnershipSite.Diagnostics;

// The catalogue's entries for the parity of a release's formats (PS06xx), in code order: the page, the PDF and the
// feed entries are one publication, so they must say the same thing.
internal static partial class Codes
{
    private const string ParityFix = "each format is made from the same release: find what drops or changes it in the {1} or the {0} (the layout in theme/layouts/, the PDF layout, the feed writer) and make it show the release as written.";

    /// <summary>Two formats of a release show different headlines.</summary>
    public static readonly DiagnosticDescriptor ParityTitle = new("PS0601", DiagnosticSeverity.Error,
        "The {0} and the {1} differ on the release's title: the {0} has '{2}', the {1} has '{3}'.", ParityFix);

    /// <summary>Two formats of a release show different summaries.</summary>
    public static readonly DiagnosticDescriptor ParitySummary = new("PS0602", DiagnosticSeverity.Error,
        "The {0} and the {1} differ on the release's summary: the {0} has '{2}', the {1} has '{3}'.", ParityFix);

    /// <summary>Two formats of a release give different dates.</summary>
    public static readonly DiagnosticDescriptor ParityDates = new("PS0603", DiagnosticSeverity.Error,
        "The {0} and the {1} differ on the date {4}: the {0} has '{2}', the {1} has '{3}'.", ParityFix);

    /// <summary>Two formats of a release name different organisations.</summary>
    public static readonly DiagnosticDescriptor ParityOrganisations = new("PS0604", DiagnosticSeverity.Error,
        "The {0} and the {1} differ on the release's organisations: the {0} has '{2}', the {1} has '{3}'.", ParityFix);

    /// <summary>Two formats of a release name different topics.</summary>
    public static readonly DiagnosticDescriptor ParityTopics = new("PS0605", DiagnosticSeverity.Error,
        "The {0} and the {1} differ on the release's topics: the {0} has '{2}', the {1} has '{3}'.", ParityFix);

    /// <summary>Two formats of a release have different body text.</summary>
    public static readonly DiagnosticDescriptor ParityBodyText = new("PS0606", DiagnosticSeverity.Error,
        "The {0} and the {1} differ in the body text, at block {4}: the {0} has '{2}', the {1} has '{3}'.", ParityFix);

    /// <summary>Two formats of a release have different links in the body.</summary>
    public static readonly DiagnosticDescriptor ParityLinks = new("PS0607", DiagnosticSeverity.Error,
        "The {0} and the {1} differ in the body's links, at link {4}: the {0} links to '{2}', the {1} to '{3}'.", ParityFix);

    /// <summary>Two formats of a release describe the body's images differently.</summary>
    public static readonly DiagnosticDescriptor ParityAltText = new("PS0608", DiagnosticSeverity.Error,
        "The {0} and the {1} differ in the body's image descriptions, at image {4}: the {0} has the alt text '{2}', the {1} '{3}'.", ParityFix);

    /// <summary>A feed could not be read back, so the parity check compared none of its entries.</summary>
    public static readonly DiagnosticDescriptor ParityFeedUnreadable = new("PS0609", DiagnosticSeverity.Info,
        "The feed {0} could not be read back for the parity check, so its entries were not compared with the pages: {1}",
        "a feed this build wrote does not parse: run the feed tests or a feed validator on it, and fix the feed writer in src/PartnershipSite.Core/Feeds/.");
}
