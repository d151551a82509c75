namespace PartnershipSite.Diagnostics;

// The catalogue's entries for links (PS03xx), in code order.
internal static partial class Codes
{
    /// <summary>A link points at <c>#</c>: a placeholder left in the text.</summary>
    public static readonly DiagnosticDescriptor PlaceholderLink = new("PS0302", DiagnosticSeverity.Error,
        "The {0} points at '#', a placeholder.", "replace '#' with the real address (for Markdown, at the foot of the file).");

    /// <summary>A link runs script instead of going somewhere.</summary>
    public static readonly DiagnosticDescriptor JavaScriptLink = new("PS0303", DiagnosticSeverity.Error,
        "The {0} runs JavaScript ('{1}').", "link to a page or file; script links do not work without JavaScript or for assistive technology.");

    /// <summary>A mailto: link is not a valid address.</summary>
    public static readonly DiagnosticDescriptor MalformedMailto = new("PS0304", DiagnosticSeverity.Error,
        "The {0} has an invalid email address ('{1}').", "write mailto:name@example.gov.uk (RFC 6068).");

    /// <summary>A tel: link is not a valid number.</summary>
    public static readonly DiagnosticDescriptor MalformedTel = new("PS0305", DiagnosticSeverity.Error,
        "The {0} has an invalid telephone number ('{1}').", "write the number in international form, e.g. tel:+442072112210 (RFC 3966).");

    /// <summary>An internal link points at a file the site does not have.</summary>
    public static readonly DiagnosticDescriptor InternalLinkBroken = new("PS0306", DiagnosticSeverity.Error,
        "The {0} points at '{1}', which the site does not have.", "correct the address; paths are case-sensitive on the host.");

    /// <summary>An internal link's fragment is not an id in the target page.</summary>
    public static readonly DiagnosticDescriptor FragmentMissing = new("PS0307", DiagnosticSeverity.Error,
        "The {0} points at '#{1}', but {2} has no element with that id.", "link to an id the page has, or add the id.");

    /// <summary>A link uses http: where https: is expected.</summary>
    public static readonly DiagnosticDescriptor InsecureLink = new("PS0308", DiagnosticSeverity.Warning,
        "The {0} uses http: ('{1}').", "use https: if the site supports it.");

    /// <summary>A link is not a well-formed URL.</summary>
    public static readonly DiagnosticDescriptor MalformedUrl = new("PS0309", DiagnosticSeverity.Error,
        "The {0} has an invalid URL ('{1}').", "correct the address (spaces must be written %20).");

    /// <summary>An external link answered with an HTTP error.</summary>
    public static readonly DiagnosticDescriptor ExternalLinkBroken = new("PS0310", DiagnosticSeverity.Error,
        "The {0} answered {1} ('{2}').", "correct or remove the link; if the page moved, link to its new address.");

    /// <summary>An external link did not answer in time.</summary>
    public static readonly DiagnosticDescriptor ExternalLinkTimedOut = new("PS0311", DiagnosticSeverity.Error,
        "The {0} did not answer within {1} ('{2}').", "check the address; if the site is only slow, raise checks.external.timeout or set PS0311 to warning in site.yml.");

    /// <summary>An external link could not be reached (DNS, connection reset, TLS).</summary>
    public static readonly DiagnosticDescriptor ExternalLinkUnreachable = new("PS0312", DiagnosticSeverity.Error,
        "The {0} could not be reached: {1} ('{2}').", "check the address and the site's certificate; set PS0312 to warning in site.yml to publish anyway.");

    /// <summary>An external link's server refused to answer (HTTP 429), so it could not be checked.</summary>
    public static readonly DiagnosticDescriptor ExternalLinkRateLimited = new("PS0313", DiagnosticSeverity.Error,
        "The {0} was rate-limited (HTTP 429{1}) and could not be checked ('{2}').", "try again later, exclude the host in checks.external.exclude, or set PS0313 to warning in site.yml.");

    /// <summary>An external link redirects elsewhere.</summary>
    public static readonly DiagnosticDescriptor ExternalLinkRedirected = new("PS0314", DiagnosticSeverity.Info,
        "The {0} redirects to '{1}' (HTTP {2}).", "link to the final address.");

    /// <summary>An internal link goes to an old path that redirects to a release's new URL.</summary>
    public static readonly DiagnosticDescriptor InternalLinkMoved = new("PS0315", DiagnosticSeverity.Warning,
        "The {0} points at '{1}', which has moved to '{2}' (a redirect still takes readers there).", "link to '{2}' directly.");
}
