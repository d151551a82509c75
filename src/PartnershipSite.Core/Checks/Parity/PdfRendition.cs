namespace PartnershipSite.Checks.Parity;

/// <summary>Reads a release's PDF: its structure tree as text blocks; every fact but the headline is in its frame text.</summary>
internal static class PdfRendition
{
    /// <summary>The rendition of <paramref name="pdf"/>, served at <paramref name="url"/>, of the release whose page is <paramref name="pageUrl"/>.</summary>
    public static Rendition Read(PdfFile pdf, Uri url, Uri pageUrl, string where)
    {
        var blocks = PdfBlocks.Read(pdf, url, pageUrl);
        return new Rendition(ReleaseFormat.Pdf, where)
        {
            Title = blocks.FirstOrDefault(b => b.Role == "h1")?.Text,
            Blocks = [.. blocks],
        };
    }
}
