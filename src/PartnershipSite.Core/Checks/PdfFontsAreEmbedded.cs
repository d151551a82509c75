using PartnershipSite.Checks.PdfUa;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>
/// PDF/UA-1 7.21.4.1: every font in a page's resources is embedded (its descriptor has <c>/FontFile</c>,
/// <c>/FontFile2</c> or <c>/FontFile3</c>; for a composite font, its descendant's). Type 3 fonts are drawn by the PDF itself.
/// </summary>
internal sealed class PdfFontsAreEmbedded : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.21.4.1-1", "embed every font, so text renders and extracts the same everywhere.",
            "Fonts used only in text rendering mode 3 (invisible) are not exempted: the content streams are not read."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        foreach (var page in pdf.Pages)
        {
            var fonts = pdf.Get<DictionaryToken>(page.Resources, "Font");
            foreach (var (_, token) in fonts?.Data ?? new Dictionary<string, IToken>())
            {
                if (pdf.Resolve<DictionaryToken>(token) is not { } font)
                {
                    continue;
                }
                if (IsEmbedded(pdf, font))
                {
                    reporter.Pass(this);
                    continue;
                }
                var name = pdf.Get<NameToken>(font, "BaseFont")?.Data ?? "(unnamed)";
                reporter.FailRule(this, Codes.PdfFontNotEmbedded, pdf, "7.21.4.1-1", $"{page.Where}, font {name}{PdfUaText.ObjectOf(token)}", "the font is not embedded");
            }
        }
    }

    private static bool IsEmbedded(PdfFile pdf, DictionaryToken font)
    {
        var subtype = pdf.Get<NameToken>(font, "Subtype")?.Data;
        if (subtype == "Type3")
        {
            return true;
        }
        if (subtype == "Type0")
        {
            var descendants = pdf.Get<ArrayToken>(font, "DescendantFonts");
            return descendants is { Length: > 0 } && pdf.Resolve<DictionaryToken>(descendants[0]) is { } descendant && IsEmbedded(pdf, descendant);
        }
        var descriptor = pdf.Get<DictionaryToken>(font, "FontDescriptor");
        return descriptor is not null
            && (descriptor.ContainsKey(NameToken.Create("FontFile")) || descriptor.ContainsKey(NameToken.Create("FontFile2")) || descriptor.ContainsKey(NameToken.Create("FontFile3")));
    }
}
