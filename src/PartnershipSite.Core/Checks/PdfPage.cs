using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>One page of a PDF as its dictionaries: its number (from 1), its page dictionary, its resources and its object.</summary>
internal sealed record PdfPage(int Number, DictionaryToken Dictionary, DictionaryToken? Resources, IndirectReference? Reference)
{
    /// <summary>The page as diagnostics name it: <c>page 2 (object 112 0 R)</c>.</summary>
    public string Where => Reference is { } r ? $"page {Number} (object {r.ObjectNumber} {r.Generation} R)" : $"page {Number}";
}
