using PartnershipSite.IO;

namespace PartnershipSite.Checks;

/// <summary>
/// Finds the links in one kind of non-HTML output (feeds and the sitemap now; PDF link annotations join here
/// as another source). HTML links are found while each page is parsed, by <see cref="HtmlLinks"/>.
/// </summary>
internal interface ILinkSource
{
    /// <summary>True for the output paths this source reads (by extension).</summary>
    bool Reads(string outputPath);

    /// <summary>
    /// The links in <paramref name="file"/>, located where they were written when <paramref name="input"/> knows
    /// (a built PDF's links at their Markdown), otherwise in the file.
    /// </summary>
    IEnumerable<FoundLink> Extract(OutputFile file, CheckInput input);
}
