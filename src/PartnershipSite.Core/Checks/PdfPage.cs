using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>One page of a PDF as its dictionaries: its number (from 1), its page dictionary and its resources.</summary>
public sealed record PdfPage(int Number, DictionaryToken Dictionary, DictionaryToken? Resources);
