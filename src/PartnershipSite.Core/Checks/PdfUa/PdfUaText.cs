using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>How the PDF/UA diagnostics name objects.</summary>
internal static class PdfUaText
{
    /// <summary><c> (object 12 0 R)</c> when <paramref name="token"/> is an indirect reference, else empty.</summary>
    public static string ObjectOf(IToken? token) =>
        token is IndirectReferenceToken r ? $" (object {r.Data.ObjectNumber} {r.Data.Generation} R)" : "";
}
