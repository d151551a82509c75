using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>One structure element of a PDF's structure tree, with what the PDF/UA rules read of it.</summary>
internal sealed class StructNode
{
    /// <summary>The element's dictionary.</summary>
    public required DictionaryToken Dictionary { get; init; }

    /// <summary>The element's object, when it is an indirect object.</summary>
    public IndirectReference? Reference { get; init; }

    /// <summary>Its structure type (<c>/S</c>), as written.</summary>
    public required string Type { get; init; }

    /// <summary>The standard type it is or maps to through the role map; null when it maps to none.</summary>
    public string? StandardType { get; set; }

    /// <summary>Its parent element; null for a kid of the structure tree root.</summary>
    public StructNode? Parent { get; init; }

    /// <summary>Its child elements, in order.</summary>
    public List<StructNode> Kids { get; } = [];

    /// <summary>The page its content is on (<c>/Pg</c>, inherited from its ancestors), if known.</summary>
    public PdfPage? Page { get; init; }

    /// <summary>True when the element owns content directly (marked content or an object reference).</summary>
    public bool HasContent { get; set; }

    /// <summary>The standard types of its child elements, in order (those that map to none as their written type).</summary>
    public IEnumerable<string> KidTypes => Kids.Select(k => k.StandardType ?? k.Type);

    /// <summary>The element as diagnostics name it: type, object and page.</summary>
    public string Where
    {
        get
        {
            var what = Reference is { } r ? $"{Type} element (object {r.ObjectNumber} {r.Generation} R)" : $"{Type} element";
            return Page is { } page ? $"{what} on page {page.Number}" : what;
        }
    }

    /// <summary>The language of the element or its nearest ancestor with one (<c>/Lang</c>), or null.</summary>
    public string? InheritedLang(PdfFile pdf)
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (pdf.GetString(node.Dictionary, "Lang") is { } lang)
            {
                return lang;
            }
        }
        return null;
    }
}
