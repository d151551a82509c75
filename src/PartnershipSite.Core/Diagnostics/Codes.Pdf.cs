namespace PartnershipSite.Diagnostics;

// The catalogue's entries for making the PDF (PS05xx), in code order.
internal static partial class Codes
{
    /// <summary>A Markdown block the PDF layout cannot place.</summary>
    public static readonly DiagnosticDescriptor PdfUnsupportedBlock = new("PS0501", DiagnosticSeverity.Error,
        "The PDF cannot show {0}, so the release's PDF would not match its page.", "use paragraphs, lists, headings and quotations, or describe the content in prose.");

    /// <summary>An inline Markdown element the PDF layout cannot place.</summary>
    public static readonly DiagnosticDescriptor PdfUnsupportedInline = new("PS0502", DiagnosticSeverity.Error,
        "The PDF cannot show {0}, so the release's PDF would not match its page.", "remove it or write it as text or a link.");

    /// <summary>The theme has no PDF fonts.</summary>
    public static readonly DiagnosticDescriptor PdfFontMissing = new("PS0503", DiagnosticSeverity.Error,
        "The theme has no font file '{0}' for the PDF.", "add the Atkinson Hyperlegible TrueType faces to theme/fonts/.");
    /// <summary>A link has an empty target.</summary>
    public static readonly DiagnosticDescriptor EmptyLink = new("PS0301", DiagnosticSeverity.Error,
        "The {0} has an empty target.", "give the link a destination, or remove it.");

    /// <summary>A Markdown image whose file the PDF cannot read (missing, outside the release's folder, or not PNG/JPEG).</summary>
    public static readonly DiagnosticDescriptor PdfImageUnavailable = new("PS0504", DiagnosticSeverity.Error,
        "The image '{0}' {1}, so the PDF cannot show it.", "put the image (PNG or JPEG) in the folder named after the release, beside its .md file, and link it by its file name.");
}
