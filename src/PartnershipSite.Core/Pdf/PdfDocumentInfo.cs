namespace PartnershipSite.Pdf;

/// <summary>The document metadata of a release's PDF: the Info dictionary and XMP.</summary>
/// <param name="Title">The release's headline.</param>
/// <param name="Author">The organisations it is from.</param>
/// <param name="Subject">The standfirst.</param>
/// <param name="Keywords">Topics, comma-separated.</param>
/// <param name="Language">BCP 47 tag, for the catalog's <c>/Lang</c> and <c>dc:language</c>.</param>
/// <param name="Created">First publication: the creation date, so builds are reproducible.</param>
/// <param name="Modified">Last update.</param>
/// <param name="Identifier">Stable text the document ID is derived from (the release's URL).</param>
/// <param name="Base">The release page's absolute URL: the catalog's <c>/URI /Base</c>, and what every relative link is
/// resolved against, so links work in a PDF opened from a download folder as they do on the page.</param>
internal sealed record PdfDocumentInfo(string Title, string Author, string Subject, string Keywords, string Language,
    DateTimeOffset Created, DateTimeOffset Modified, string Identifier, Uri Base);
