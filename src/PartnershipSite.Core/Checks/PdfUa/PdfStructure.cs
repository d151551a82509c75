using System.Collections.Frozen;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// A PDF's structure tree read once (shared by every rule through <see cref="PdfFile.Shared{T}"/>): its elements in
/// document order with their standard types through the role map, and its parent tree, which says which element
/// an annotation (<c>/StructParent</c>) belongs to (ISO 32000-1, 14.7).
/// </summary>
internal sealed class PdfStructure
{
    /// <summary>The standard structure types of ISO 32000-1, 14.8.4.</summary>
    public static readonly FrozenSet<string> StandardTypes = new[]
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead",
        "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT",
        "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Parent tree values by key: the element's object number when it is indirect (PdfPig may hand out a new token
    // for each read of an object, so dictionaries are not compared by identity), else the dictionary itself.
    private readonly Dictionary<int, (long? Number, DictionaryToken Element)> _parentTree = [];
    private readonly Dictionary<long, StructNode> _byNumber = [];
    private readonly HashSet<long> _walked = [];
    private readonly Dictionary<DictionaryToken, StructNode> _byDictionary = new(ReferenceEqualityComparer.Instance);

    private PdfStructure(DictionaryToken? root, DictionaryToken? roleMap)
    {
        Root = root;
        RoleMap = roleMap;
    }

    /// <summary>The structure tree root, or null when the PDF has none.</summary>
    public DictionaryToken? Root { get; }

    /// <summary>The role map of the root, if any.</summary>
    public DictionaryToken? RoleMap { get; }

    /// <summary>Every structure element, in document order (depth first).</summary>
    public List<StructNode> Elements { get; } = [];

    /// <summary>The element the object with <c>/StructParent</c> <paramref name="key"/> belongs to, per the parent tree.</summary>
    public StructNode? ElementOfStructParent(int key) =>
        !_parentTree.TryGetValue(key, out var entry) ? null
        : entry.Number is { } number ? _byNumber.GetValueOrDefault(number)
        : _byDictionary.GetValueOrDefault(entry.Element);

    /// <summary>Reads the structure tree of <paramref name="pdf"/>.</summary>
    public static PdfStructure Read(PdfFile pdf)
    {
        var root = pdf.Get<DictionaryToken>(pdf.Catalog, "StructTreeRoot");
        var structure = new PdfStructure(root, pdf.Get<DictionaryToken>(root, "RoleMap"));
        if (root is null)
        {
            return structure;
        }
        var visited = new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance);
        structure.Walk(pdf, Raw(root, "K"), null, null, visited);
        if (pdf.Get<DictionaryToken>(root, "ParentTree") is { } tree)
        {
            structure.ReadNumberTree(pdf, tree, new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance));
        }
        return structure;
    }

    private void Walk(PdfFile pdf, IToken? kids, StructNode? parent, PdfPage? page, HashSet<DictionaryToken> visited)
    {
        // A cycle in the tree (an element among its own descendants) is walked once.
        if (kids is null || (kids is IndirectReferenceToken r0 && !_walked.Add(r0.Data.ObjectNumber)))
        {
            return;
        }
        var token = pdf.Resolve<IToken>(kids);
        if (token is ArrayToken array)
        {
            foreach (var kid in array.Data)
            {
                Walk(pdf, kid, parent, page, visited);
            }
            return;
        }
        if (token is NumericToken)
        {
            parent?.HasContent = true; // an MCID on the element's page
            return;
        }
        if (token is not DictionaryToken dictionary || !visited.Add(dictionary))
        {
            return;
        }
        var type = pdf.Get<NameToken>(dictionary, "Type")?.Data;
        if (type is "MCR" or "OBJR")
        {
            parent?.HasContent = true;
            return;
        }
        if (pdf.Get<NameToken>(dictionary, "S") is not { } s)
        {
            return;
        }
        var ownPage = dictionary.TryGet(NameToken.Create("Pg"), out IToken pg) && pg is IndirectReferenceToken r ? pdf.PageAt(r.Data) : null;
        var node = new StructNode
        {
            Dictionary = dictionary,
            Reference = (kids as IndirectReferenceToken)?.Data,
            Type = s.Data,
            Parent = parent,
            Page = ownPage ?? page,
        };
        node.StandardType = StandardTypeOf(pdf, s.Data);
        Elements.Add(node);
        _byDictionary[dictionary] = node;
        if (node.Reference is { } reference)
        {
            _byNumber[reference.ObjectNumber] = node;
        }
        parent?.Kids.Add(node);
        Walk(pdf, Raw(dictionary, "K"), node, node.Page, visited);
    }

    // The entry as written, so a kid given by reference keeps its object number.
    private static IToken? Raw(DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out IToken token) ? token : null;

    /// <summary>The standard type <paramref name="type"/> is or maps to; null when the role map ends at no standard type or loops.</summary>
    public string? StandardTypeOf(PdfFile pdf, string type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; seen.Add(current);)
        {
            if (StandardTypes.Contains(current))
            {
                return current;
            }
            if (pdf.Get<NameToken>(RoleMap, current)?.Data is not { } mapped)
            {
                return null;
            }
            current = mapped;
        }
        return null;
    }

    // ISO 32000-1, 7.9.7: a number tree's leaves hold /Nums [key value …]; its intermediate nodes /Kids.
    private void ReadNumberTree(PdfFile pdf, DictionaryToken node, HashSet<DictionaryToken> visited)
    {
        if (!visited.Add(node))
        {
            return;
        }
        if (pdf.Get<ArrayToken>(node, "Nums") is { } nums)
        {
            for (var i = 0; i + 1 < nums.Length; i += 2)
            {
                if (pdf.Resolve<NumericToken>(nums[i]) is { } key && pdf.Resolve<DictionaryToken>(nums[i + 1]) is { } element)
                {
                    _parentTree[key.Int] = ((nums[i + 1] as IndirectReferenceToken)?.Data.ObjectNumber, element);
                }
            }
        }
        foreach (var kid in pdf.Get<ArrayToken>(node, "Kids")?.Data ?? [])
        {
            if (pdf.Resolve<DictionaryToken>(kid) is { } child)
            {
                ReadNumberTree(pdf, child, visited);
            }
        }
    }
}
